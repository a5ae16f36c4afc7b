package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.services.Service;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.conversations.texts.Texts;
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
 * Its words are the {@code explain.*} texts and the shared names.
 */
final class FrenchReport {

    private static final Texts TEXTS = Texts.of(Texts.FRENCH);

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
        report.line(TEXTS.get("explain.versions", report.diagnosis.rulesVersion(), report.diagnosis.questionnaireVersion()));
        return report.text.toString();
    }

    private void orientation() {
        String decision = TEXTS.name(diagnosis.decision());
        line(TEXTS.get("explain.orientation", diagnosis.priority() == null ? decision
                : TEXTS.get("explain.with-priority", decision, TEXTS.get("priority.named", TEXTS.name(diagnosis.priority())))));
        reasons(Reason.Kind.DECISION);
        line("");
    }

    private void autonomy() {
        line(TEXTS.get("explain.autonomy", diagnosis.autonomy() == null ? TEXTS.get("autonomy.none")
                : TEXTS.name("autonomy", diagnosis.autonomy())));
        reasons(Reason.Kind.AUTONOMY);
        line("");
    }

    private void needs() {
        line(TEXTS.get("explain.needs"));
        List<NeedScore> scores = reasoning.findings().of(NeedScore.class).map(Findings.Found::fact)
                .sorted(Comparator.comparingInt(NeedScore::getScore).reversed()
                        .thenComparing(score -> score.getAxis().ordinal()))
                .toList();
        scores.forEach(this::need);
    }

    private void need(NeedScore score) {
        Axis axis = score.getAxis();
        String level = score.getLevel() == null ? TEXTS.get("level.none") : TEXTS.name(score.getLevel());
        line("  " + TEXTS.get("explain.need", TEXTS.get(Texts.keyOf(axis) + ".full"), score.getScore(), level));
        List<Findings.Found<NeedPoints>> points = reasoning.findings().of(NeedPoints.class)
                .filter(found -> found.fact().axis() == axis)
                .sorted(Comparator.comparingInt((Findings.Found<NeedPoints> found) -> found.fact().points()).reversed())
                .toList();
        if (points.isEmpty()) {
            line("      " + TEXTS.get("explain.need.no-points"));
        }
        points.forEach(found -> line(String.format("    %+4d  %s  %s", found.fact().points(), found.fact().reason(),
                rule(found.rule()))));
        if (score.getTotal() != score.getScore()) {
            line("      " + TEXTS.get("explain.need.total", score.getTotal(), score.getScore()));
        }
        line("");
    }

    private void services() {
        line(TEXTS.get("explain.services"));
        List<Reason> reasons = diagnosis.reasons().stream().filter(reason -> reason.kind() == Reason.Kind.SERVICE).toList();
        for (int i = 0; i < diagnosis.services().size(); i++) {
            String id = diagnosis.services().get(i);
            String name = catalogue.find(id).map(Service::name).orElse(TEXTS.get("explain.service.unknown"));
            line("  " + (i + 1) + ". " + name + " (" + id + ")");
            line("     " + reasons.get(i).text() + "  " + rule(reasons.get(i).rule()));
        }
        if (diagnosis.services().isEmpty()) {
            line("  " + TEXTS.get("explain.services.none"));
        }
        notShown();
        line("");
    }

    private void notShown() {
        reasoning.findings().of(ServiceLimit.class).min(Comparator.comparingInt(found -> found.fact().most()))
                .ifPresent(found -> line("  " + TEXTS.get("explain.limit", found.fact().most(), found.fact().reason())
                        + "  " + rule(found.rule())));
        List<Findings.Found<ServicePick>> others = reasoning.findings().of(ServicePick.class)
                .filter(found -> diagnosis.reasons().stream().noneMatch(reason -> reason.kind() == Reason.Kind.SERVICE
                        && reason.rule().equals(found.rule()) && reason.text().equals(found.fact().reason())))
                .toList();
        if (!others.isEmpty()) {
            line("  " + TEXTS.get("explain.not-shown"));
        }
        others.forEach(found -> line("   - " + found.fact().service() + ", "
                + TEXTS.get(diagnosis.services().contains(found.fact().service()) ? "explain.not-shown.listed"
                        : "explain.not-shown.full")
                + "  " + rule(found.rule())));
    }

    private void reasons(Reason.Kind kind) {
        diagnosis.reasons().stream().filter(reason -> reason.kind() == kind)
                .forEach(reason -> line("  • " + reason.text() + "  " + rule(reason.rule())));
    }

    private static String rule(String name) {
        return TEXTS.get("explain.rule", name);
    }

    private void line(String line) {
        text.append(line).append('\n');
    }
}
