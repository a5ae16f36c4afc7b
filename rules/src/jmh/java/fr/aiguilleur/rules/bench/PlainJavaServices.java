package fr.aiguilleur.rules.bench;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Section 4 of diagnostic model v1 (the services), hand-written: part of the benchmark's floor. */
final class PlainJavaServices {

    private PlainJavaServices() {
    }

    static List<String> services(Answers answers, Decision decision, Map<Axis, Integer> scores, Map<Axis, Level> levels,
                                 Level autonomy, List<Reason> reasons) {
        Set<String> picked = new LinkedHashSet<>();
        if (decision == Decision.REDIRECT) {
            picked.addAll(answers.has("role", "individual") ? List.of("france-services", "mediation-numerique", "lesbonsclics")
                    : List.of("cci", "francenum-activateurs"));
        } else {
            if (answers.has("role", "creator")) {
                picked.add("bpifrance-creation");
            }
            List<Axis> axes = new ArrayList<>(List.of(Axis.values()));
            axes.sort(PlainJavaDiagnostician.strongestFirst(scores));
            for (Axis axis : axes) {
                if (levels.get(axis) != Level.LOW) {
                    picked.addAll(forNeed(axis, answers, autonomy));
                }
            }
            if (levels.values().stream().allMatch(level -> level == Level.LOW)) {
                picked.add("francenum-guides");
            }
        }
        int most = decision == Decision.BOOK_VISIT ? 2 : 4;
        List<String> services = picked.stream().limit(most).toList();
        services.forEach(service -> reasons.add(Reason.of(Reason.Kind.SERVICE, "Service " + service, "Service.")));
        return services;
    }

    private static List<String> forNeed(Axis axis, Answers answers, Level autonomy) {
        List<String> services = new ArrayList<>();
        switch (axis) {
            case ADMINISTRATIVE -> {
                if (autonomy != Level.HIGH) {
                    services.add("france-services");
                } else if (answers.has("admin_online", "self_hard") || answers.has("admin_online", "not_online")) {
                    services.add("impots-pro");
                }
                if (answers.has("invoicing", "paper") || answers.has("invoicing", "office")) {
                    services.add("facturation-electronique");
                }
            }
            case PRESENCE -> {
                services.add("francenum-guides");
                if (autonomy == Level.HIGH) {
                    services.add("francenum-activateurs");
                }
            }
            case INTERNAL_TOOLS -> {
                if (answers.has("backup", "no") || answers.has("backup", "unknown") || answers.has("obstacles", "security_fear")) {
                    services.add("cybermalveillance");
                }
                if (answers.has("team_skills", "no") || answers.has("team_skills", "partly")) {
                    services.add(answers.has("sector", "construction") ? "constructys" : "opco-ep");
                }
                services.add(autonomy == Level.LOW ? "lesbonsclics" : "pix");
            }
            case STRATEGY -> {
                services.add(answers.has("sector", "craft") || answers.has("sector", "construction") ? "cma"
                        : answers.has("sector", "agriculture") ? "chambre-agriculture" : "cci");
                if (autonomy == Level.HIGH) {
                    services.add("francenum-activateurs");
                }
            }
        }
        return services;
    }
}
