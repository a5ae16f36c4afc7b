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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a diagnosis off what the rules concluded. It decides nothing the rules did not: when the
 * rules disagree (an authoring mistake), the stronger conclusion wins (a redirect over a visit over
 * services; a high priority over a normal one; the lowest autonomy).
 */
final class DiagnosisAssembler {

    private DiagnosisAssembler() {
    }

    static Diagnosis assemble(Findings findings, String questionnaireVersion, String rulesVersion) {
        List<Findings.Found<Orientation>> orientations = findings.found(Orientation.class);
        Decision decision = lowest(orientations, Orientation::decision, Decision.REFER_TO_SERVICES);
        boolean redirect = decision == Decision.REDIRECT;
        List<Reason> reasons = new ArrayList<>(24);
        if (!redirect) {
            for (Findings.Found<NeedPoints> found : findings.found(NeedPoints.class)) {
                reasons.add(Reason.need(found.rule(), found.fact().axis(), found.fact().points(), found.fact().reason(),
                        found.fact().reasonEn()));
            }
            for (Findings.Found<Autonomy> found : findings.found(Autonomy.class)) {
                reasons.add(Reason.of(Reason.Kind.AUTONOMY, found.rule(), found.fact().reason(), found.fact().reasonEn()));
            }
        }
        for (Findings.Found<Orientation> found : orientations) {
            if (found.fact().decision() == decision) {
                reasons.add(Reason.of(Reason.Kind.DECISION, found.rule(), found.fact().reason(), found.fact().reasonEn()));
            }
        }
        Priority priority = decision == Decision.BOOK_VISIT ? priority(findings, reasons) : null;
        ServiceList services = ServiceList.of(findings);
        reasons.addAll(services.reasons());
        return new Diagnosis(redirect ? Map.of() : scores(findings), redirect ? Map.of() : levels(findings),
                redirect ? null : autonomy(findings), decision, priority, services.services(), reasons,
                questionnaireVersion, rulesVersion);
    }

    /** The lowest value the findings conclude (the first constant wins), or the default without any. */
    private static <T, E extends Enum<E>> E lowest(List<Findings.Found<T>> found, Function<T, E> value, E none) {
        E lowest = null;
        for (Findings.Found<T> one : found) {
            E candidate = value.apply(one.fact());
            if (lowest == null || candidate.compareTo(lowest) < 0) {
                lowest = candidate;
            }
        }
        return lowest == null ? none : lowest;
    }

    private static Priority priority(Findings findings, List<Reason> reasons) {
        List<Findings.Found<VisitPriority>> priorities = findings.found(VisitPriority.class);
        Priority priority = lowest(priorities, VisitPriority::priority, Priority.NORMAL);
        for (Findings.Found<VisitPriority> found : priorities) {
            if (found.fact().priority() == priority) {
                reasons.add(Reason.of(Reason.Kind.DECISION, found.rule(), found.fact().reason(), found.fact().reasonEn()));
            }
        }
        return priority;
    }

    private static Level autonomy(Findings findings) {
        return lowest(findings.found(Autonomy.class), Autonomy::level, Level.MEDIUM);
    }

    private static Map<Axis, Integer> scores(Findings findings) {
        Map<Axis, Integer> scores = new EnumMap<>(Axis.class);
        for (Findings.Found<NeedScore> found : findings.found(NeedScore.class)) {
            scores.put(found.fact().getAxis(), found.fact().getScore());
        }
        return scores;
    }

    private static Map<Axis, Level> levels(Findings findings) {
        Map<Axis, Level> levels = new EnumMap<>(Axis.class);
        for (Findings.Found<NeedScore> found : findings.found(NeedScore.class)) {
            if (found.fact().getLevel() != null) {
                levels.put(found.fact().getAxis(), found.fact().getLevel());
            }
        }
        return levels;
    }
}
