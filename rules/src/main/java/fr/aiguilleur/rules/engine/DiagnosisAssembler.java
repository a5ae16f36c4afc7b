package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.rules.Autonomy;
import fr.aiguilleur.rules.NeedPoints;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.Orientation;
import fr.aiguilleur.rules.VisitPriority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a diagnosis off what the rules concluded. It decides nothing the rules did not: when the
 * rules disagree (an authoring mistake), the stronger conclusion wins (a redirect over a visit over
 * services; a high priority over a normal one; the lowest autonomy).
 */
final class DiagnosisAssembler {

    private DiagnosisAssembler() {
    }

    static Diagnosis assemble(Findings findings, String questionnaireVersion, String rulesVersion) {
        Decision decision = findings.of(Orientation.class).map(found -> found.fact().decision())
                .min(Comparator.naturalOrder()).orElse(Decision.REFER_TO_SERVICES);
        boolean redirect = decision == Decision.REDIRECT;
        List<Reason> reasons = new ArrayList<>();
        if (!redirect) {
            findings.of(NeedPoints.class).forEach(found -> reasons.add(
                    Reason.need(found.rule(), found.fact().axis(), found.fact().points(), found.fact().reason())));
            findings.of(Autonomy.class).forEach(found -> reasons.add(
                    Reason.of(Reason.Kind.AUTONOMY, found.rule(), found.fact().reason())));
        }
        findings.of(Orientation.class).filter(found -> found.fact().decision() == decision).forEach(found ->
                reasons.add(Reason.of(Reason.Kind.DECISION, found.rule(), found.fact().reason())));
        Priority priority = decision == Decision.BOOK_VISIT ? priority(findings, reasons) : null;
        ServiceList services = ServiceList.of(findings);
        reasons.addAll(services.reasons());
        return new Diagnosis(redirect ? Map.of() : scores(findings), redirect ? Map.of() : levels(findings),
                redirect ? null : autonomy(findings), decision, priority, services.services(), reasons,
                questionnaireVersion, rulesVersion);
    }

    private static Priority priority(Findings findings, List<Reason> reasons) {
        Priority priority = findings.of(VisitPriority.class).map(found -> found.fact().priority())
                .min(Comparator.naturalOrder()).orElse(Priority.NORMAL);
        findings.of(VisitPriority.class).filter(found -> found.fact().priority() == priority).forEach(found ->
                reasons.add(Reason.of(Reason.Kind.DECISION, found.rule(), found.fact().reason())));
        return priority;
    }

    private static Level autonomy(Findings findings) {
        return findings.of(Autonomy.class).map(found -> found.fact().level())
                .min(Comparator.naturalOrder()).orElse(Level.MEDIUM);
    }

    private static Map<Axis, Integer> scores(Findings findings) {
        Map<Axis, Integer> scores = new EnumMap<>(Axis.class);
        findings.of(NeedScore.class).forEach(found -> scores.put(found.fact().getAxis(), found.fact().getScore()));
        return scores;
    }

    private static Map<Axis, Level> levels(Findings findings) {
        Map<Axis, Level> levels = new EnumMap<>(Axis.class);
        findings.of(NeedScore.class).filter(found -> found.fact().getLevel() != null)
                .forEach(found -> levels.put(found.fact().getAxis(), found.fact().getLevel()));
        return levels;
    }
}
