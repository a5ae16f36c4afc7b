package fr.aiguilleur.rules.bench;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diagnostic model v1 hand-written in Java, with the same reasons: the floor the rule engine is
 * measured against. Not used by the application (its rules must stay editable by authors).
 */
final class PlainJavaDiagnostician {

    private record Row(Axis axis, String question, String option, int points, String rule, String text) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(Axis.ADMINISTRATIVE, "admin_online", "not_online", 50, "Procedures not done online yet", "Vous ne faites pas encore vos démarches en ligne."),
            new Row(Axis.ADMINISTRATIVE, "admin_online", "self_hard", 40, "Procedures done online with difficulty", "Vos démarches en ligne vous posent des difficultés."),
            new Row(Axis.ADMINISTRATIVE, "admin_online", "accountant", 15, "Procedures left to the accountant", "Votre comptable fait vos démarches."),
            new Row(Axis.ADMINISTRATIVE, "admin_blocked", "yes", 35, "A procedure is blocked right now", "Une démarche en ligne vous bloque en ce moment."),
            new Row(Axis.ADMINISTRATIVE, "invoicing", "paper", 25, "Invoices written by hand", "Vous faites vos factures à la main."),
            new Row(Axis.ADMINISTRATIVE, "invoicing", "office", 15, "Invoices made in a word processor", "Vous faites vos factures sur Word ou Excel."),
            new Row(Axis.ADMINISTRATIVE, "goal", "admin_time", 15, "Wants less time on paperwork", "Vous souhaitez passer moins de temps sur l'administratif."),
            new Row(Axis.PRESENCE, "presence", "nowhere", 45, "Cannot be found online", "Vos clients ne peuvent pas vous trouver sur internet."),
            new Row(Axis.PRESENCE, "presence_updated", "no", 20, "Online pages not up to date", "Vos pages ne sont pas à jour."),
            new Row(Axis.PRESENCE, "presence_updated", "unknown", 10, "Unsure online pages are up to date", "Vous ne savez pas si vos pages sont à jour."),
            new Row(Axis.PRESENCE, "customers_online", "often", 30, "Customers often want to order online", "Vos clients demandent souvent."),
            new Row(Axis.PRESENCE, "customers_online", "sometimes", 15, "Customers sometimes want to order online", "Vos clients demandent parfois."),
            new Row(Axis.PRESENCE, "goal", "customers", 15, "Wants to find customers (presence)", "Vous souhaitez trouver des clients."),
            new Row(Axis.INTERNAL_TOOLS, "tools", "paper", 35, "Organised mostly on paper", "Vous vous organisez surtout sur papier."),
            new Row(Axis.INTERNAL_TOOLS, "tools", "personal_digital", 15, "Everyone keeps their own tools", "Chacun ses outils."),
            new Row(Axis.INTERNAL_TOOLS, "backup", "no", 25, "Documents not backed up", "Vos documents ne sont pas sauvegardés."),
            new Row(Axis.INTERNAL_TOOLS, "backup", "unknown", 15, "Unsure documents are backed up", "Vous ne savez pas."),
            new Row(Axis.INTERNAL_TOOLS, "team_skills", "no", 25, "Team not at ease with digital tools", "Équipe pas à l'aise."),
            new Row(Axis.INTERNAL_TOOLS, "team_skills", "partly", 15, "Team partly at ease with digital tools", "Équipe en partie à l'aise."),
            new Row(Axis.INTERNAL_TOOLS, "device_use", "none", 15, "Uses almost no digital tool", "Peu d'outils."),
            new Row(Axis.INTERNAL_TOOLS, "device_use", "phone", 10, "Works mostly on a phone", "Surtout le téléphone."),
            new Row(Axis.INTERNAL_TOOLS, "goal", "organisation", 15, "Wants to be better organised", "Mieux s'organiser."),
            new Row(Axis.STRATEGY, "digital_plan", "vague", 35, "A digital project still vague", "Une idée encore floue."),
            new Row(Axis.STRATEGY, "digital_plan", "precise", 25, "A precise digital project", "Un projet précis."),
            new Row(Axis.STRATEGY, "digital_plan", "none", 10, "No digital project yet", "Pas de projet."),
            new Row(Axis.STRATEGY, "goal", "new_offer", 30, "Wants to launch a new offer", "Une nouvelle offre."),
            new Row(Axis.STRATEGY, "goal", "unsure", 25, "Unsure what to improve first", "Pas encore choisi."),
            new Row(Axis.STRATEGY, "goal", "customers", 10, "Wants to find customers (strategy)", "Trouver des clients."),
            new Row(Axis.STRATEGY, "obstacles", "where_start", 25, "Does not know where to start", "Par où commencer."),
            new Row(Axis.STRATEGY, "obstacles", "cost", 5, "Held back by the cost", "Le coût."),
            new Row(Axis.STRATEGY, "obstacles", "not_useful", -20, "Sees no use in digital tools yet", "Pas d'utilité."),
            new Row(Axis.STRATEGY, "role", "creator", 15, "Creating a business", "Vous créez votre entreprise."));

    Diagnosis diagnose(Answers answers) {
        List<Reason> reasons = new ArrayList<>();
        Map<Axis, Integer> totals = new EnumMap<>(Axis.class);
        for (Axis axis : Axis.values()) {
            totals.put(axis, 0);
        }
        for (Row row : ROWS) {
            if (answers.has(row.question(), row.option())) {
                add(totals, reasons, row.axis(), row.points(), row.rule(), row.text());
            }
        }
        if (answers.has("presence", "social") && !answers.has("presence", "site") && !answers.has("presence", "maps")) {
            add(totals, reasons, Axis.PRESENCE, 20, "Found only on social networks", "Seulement sur les réseaux.");
        }
        if ((answers.has("sector", "retail") || answers.has("sector", "hospitality")) && answers.has("presence", "nowhere")) {
            add(totals, reasons, Axis.PRESENCE, 10, "Shop or restaurant that cannot be found online", "Commerce introuvable.");
        }
        Map<Axis, Integer> scores = new EnumMap<>(Axis.class);
        Map<Axis, Level> levels = new EnumMap<>(Axis.class);
        totals.forEach((axis, total) -> {
            int score = Math.max(0, Math.min(100, total));
            scores.put(axis, score);
            levels.put(axis, score < 34 ? Level.LOW : score <= 66 ? Level.MEDIUM : Level.HIGH);
        });
        Level autonomy = autonomy(answers, reasons);
        Decision decision = decision(answers, levels, autonomy, reasons);
        Priority priority = decision == Decision.BOOK_VISIT ? priority(answers, levels, reasons) : null;
        List<String> services = PlainJavaServices.services(answers, decision, scores, levels, autonomy, reasons);
        return new Diagnosis(scores, levels, autonomy, decision, priority, services, reasons, "v1", "plain-java");
    }

    private static void add(Map<Axis, Integer> totals, List<Reason> reasons, Axis axis, int points, String rule, String text) {
        totals.merge(axis, points, Integer::sum);
        reasons.add(Reason.need(rule, axis, points, text));
    }

    private static Level autonomy(Answers answers, List<Reason> reasons) {
        Level level = answers.has("device_use", "none") || answers.has("autonomy", "avoid") ? Level.LOW
                : answers.has("device_use", "computer") && answers.has("autonomy", "alone") ? Level.HIGH : Level.MEDIUM;
        reasons.add(Reason.of(Reason.Kind.AUTONOMY, "Autonomy " + level, "Autonomie."));
        return level;
    }

    private static Decision decision(Answers answers, Map<Axis, Level> levels, Level autonomy, List<Reason> reasons) {
        if (answers.has("role", "individual") || answers.has("headcount", "large")) {
            reasons.add(Reason.of(Reason.Kind.DECISION, "Redirect", "Redirigé."));
            return Decision.REDIRECT;
        }
        long high = levels.values().stream().filter(level -> level == Level.HIGH).count();
        long raised = levels.values().stream().filter(level -> level != Level.LOW).count();
        Set<String> grounds = new LinkedHashSet<>();
        if (autonomy != Level.HIGH) {
            levels.forEach((axis, level) -> {
                if (level == Level.HIGH) {
                    grounds.add("a " + axis);
                }
            });
        }
        if (levels.get(Axis.STRATEGY) == Level.HIGH) {
            grounds.add("b");
        }
        if (raised >= 3 && autonomy == Level.LOW) {
            grounds.add("c");
        }
        if (answers.has("admin_blocked", "yes") && autonomy == Level.LOW) {
            grounds.add("d");
        }
        grounds.forEach(ground -> reasons.add(Reason.of(Reason.Kind.DECISION, "Visit " + ground, "Visite.")));
        if (!grounds.isEmpty()) {
            return Decision.BOOK_VISIT;
        }
        reasons.add(Reason.of(Reason.Kind.DECISION, "Services", "Services."));
        return Decision.REFER_TO_SERVICES;
    }

    private static Priority priority(Answers answers, Map<Axis, Level> levels, List<Reason> reasons) {
        long high = levels.values().stream().filter(level -> level == Level.HIGH).count();
        if (answers.has("admin_blocked", "yes")) {
            reasons.add(Reason.of(Reason.Kind.DECISION, "Urgent: blocked", "Priorité."));
        }
        if (high >= 2) {
            reasons.add(Reason.of(Reason.Kind.DECISION, "Urgent: two strong needs", "Priorité."));
        }
        if (answers.has("admin_blocked", "yes") || high >= 2) {
            return Priority.HIGH;
        }
        reasons.add(Reason.of(Reason.Kind.DECISION, "Usual pace", "Priorité."));
        return Priority.NORMAL;
    }

    static Comparator<Axis> strongestFirst(Map<Axis, Integer> scores) {
        return Comparator.<Axis>comparingInt(scores::get).reversed().thenComparing(Axis::ordinal);
    }
}
