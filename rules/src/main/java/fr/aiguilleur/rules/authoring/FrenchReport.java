package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.NeedPoints;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.ServiceLimit;
import fr.aiguilleur.rules.ServicePick;
import fr.aiguilleur.rules.engine.Findings;
import fr.aiguilleur.rules.engine.Reasoning;
import java.util.Comparator;
import java.util.List;

/**
 * A diagnosis told in French for someone who does not read code: the orientation and why, the
 * autonomy, each need with the answers that weighed, and the services with the reason for each.
 */
final class FrenchReport {

    private final StringBuilder text = new StringBuilder();
    private final Reasoning reasoning;
    private final Diagnosis diagnosis;
    private final ServiceCatalogue catalogue;

    private FrenchReport(Reasoning reasoning, ServiceCatalogue catalogue) {
        this.reasoning = reasoning;
        this.diagnosis = reasoning.diagnosis();
        this.catalogue = catalogue;
    }

    static String of(Reasoning reasoning, ServiceCatalogue catalogue) {
        FrenchReport report = new FrenchReport(reasoning, catalogue);
        report.orientation();
        if (report.diagnosis.decision() != Decision.REDIRECT) {
            report.autonomy();
            report.needs();
        }
        report.services();
        report.line("(règles " + report.diagnosis.rulesVersion() + ", questionnaire " + report.diagnosis.questionnaireVersion() + ")");
        return report.text.toString();
    }

    private void orientation() {
        String priority = diagnosis.priority() == null ? "" : ", " + FrenchWords.priority(diagnosis.priority());
        line("ORIENTATION : " + FrenchWords.decision(diagnosis.decision()) + priority);
        reasons(Reason.Kind.DECISION);
        line("");
    }

    private void autonomy() {
        line("AUTONOMIE NUMÉRIQUE : " + FrenchWords.autonomy(diagnosis.autonomy()));
        reasons(Reason.Kind.AUTONOMY);
        line("");
    }

    private void needs() {
        line("BESOINS (le plus fort d'abord)");
        List<NeedScore> scores = reasoning.findings().of(NeedScore.class).map(Findings.Found::fact)
                .sorted(Comparator.comparingInt(NeedScore::getScore).reversed()
                        .thenComparing(score -> score.getAxis().ordinal()))
                .toList();
        scores.forEach(this::need);
    }

    private void need(NeedScore score) {
        Axis axis = score.getAxis();
        line("  " + FrenchWords.need(axis) + " : " + score.getScore() + " sur 100, besoin "
                + FrenchWords.needLevel(score.getLevel()));
        List<Findings.Found<NeedPoints>> points = reasoning.findings().of(NeedPoints.class)
                .filter(found -> found.fact().axis() == axis)
                .sorted(Comparator.comparingInt((Findings.Found<NeedPoints> found) -> found.fact().points()).reversed())
                .toList();
        if (points.isEmpty()) {
            line("      aucune réponse n'ajoute de points");
        }
        points.forEach(found -> line(String.format("    %+4d  %s  %s", found.fact().points(), found.fact().reason(),
                FrenchWords.rule(found.rule()))));
        if (score.getTotal() != score.getScore()) {
            line("      total des points : " + score.getTotal() + ", ramené à " + score.getScore()
                    + " (un score reste entre 0 et 100)");
        }
        line("");
    }

    private void services() {
        line("SERVICES PROPOSÉS");
        List<Reason> reasons = diagnosis.reasons().stream().filter(reason -> reason.kind() == Reason.Kind.SERVICE).toList();
        for (int i = 0; i < diagnosis.services().size(); i++) {
            String id = diagnosis.services().get(i);
            String name = catalogue.find(id).map(Service::name).orElse("service inconnu du catalogue !");
            line("  " + (i + 1) + ". " + name + " (" + id + ")");
            line("     " + reasons.get(i).text() + "  " + FrenchWords.rule(reasons.get(i).rule()));
        }
        if (diagnosis.services().isEmpty()) {
            line("  aucun");
        }
        notShown();
        line("");
    }

    private void notShown() {
        reasoning.findings().of(ServiceLimit.class).min(Comparator.comparingInt(found -> found.fact().most()))
                .ifPresent(found -> line("  Limite (" + found.fact().most() + ") : " + found.fact().reason()
                        + "  " + FrenchWords.rule(found.rule())));
        List<Findings.Found<ServicePick>> others = reasoning.findings().of(ServicePick.class)
                .filter(found -> diagnosis.reasons().stream().noneMatch(reason -> reason.kind() == Reason.Kind.SERVICE
                        && reason.rule().equals(found.rule()) && reason.text().equals(found.fact().reason())))
                .toList();
        if (!others.isEmpty()) {
            line("  Aussi proposés par les règles, mais pas affichés :");
        }
        others.forEach(found -> line("   - " + found.fact().service() + ", "
                + (diagnosis.services().contains(found.fact().service()) ? "déjà dans la liste" : "la liste est complète")
                + "  " + FrenchWords.rule(found.rule())));
    }

    private void reasons(Reason.Kind kind) {
        diagnosis.reasons().stream().filter(reason -> reason.kind() == kind)
                .forEach(reason -> line("  • " + reason.text() + "  " + FrenchWords.rule(reason.rule())));
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
