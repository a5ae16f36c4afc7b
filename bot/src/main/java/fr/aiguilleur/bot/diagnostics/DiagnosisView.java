package fr.aiguilleur.bot.diagnostics;

import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A diagnosis as the HTTP API shows it, axes always in the same order. */
record DiagnosisView(
        Map<Axis, Integer> scores,
        Map<Axis, Level> levels,
        Level autonomy,
        Decision decision,
        Priority priority,
        List<String> services,
        List<Reason> reasons,
        String questionnaireVersion,
        String rulesVersion,
        List<PlaceChoice> places) {

    static DiagnosisView of(Diagnosis diagnosis, String questionnaireVersion) {
        return new DiagnosisView(inAxisOrder(diagnosis.scores()), inAxisOrder(diagnosis.levels()),
                diagnosis.autonomy(), diagnosis.decision(), diagnosis.priority(), diagnosis.services(),
                diagnosis.reasons(),
                diagnosis.questionnaireVersion() == null ? questionnaireVersion : diagnosis.questionnaireVersion(),
                diagnosis.rulesVersion(), diagnosis.places());
    }

    private static <V> Map<Axis, V> inAxisOrder(Map<Axis, V> byAxis) {
        return byAxis.isEmpty() ? Map.of() : new EnumMap<>(byAxis);
    }
}
