package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.diagnosis.Level;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny rule base for check-in tests: customers asking often to order online is 40 points of
 * PRESENCE, sometimes 20; pages not up to date 10 more; procedures not online 30 of ADMINISTRATIVE.
 * Without a role the person is redirected (no scores), as the real rules do.
 */
final class PointsDiagnostician implements Diagnostician {

    @Override
    public Diagnosis diagnose(Answers answers) {
        if (!answers.answered("role")) {
            return new Diagnosis(Map.of(), Map.of(), null, Decision.REDIRECT, null, List.of(), List.of(), "v1", "test");
        }
        int presence = (answers.has("customers_online", "often") ? 40 : 0)
                + (answers.has("customers_online", "sometimes") ? 20 : 0)
                + (answers.has("presence_updated", "no") ? 10 : 0);
        int administrative = answers.has("admin_online", "not_online") ? 30 : 0;
        var scores = new EnumMap<Axis, Integer>(Axis.class);
        scores.put(Axis.ADMINISTRATIVE, administrative);
        scores.put(Axis.PRESENCE, presence);
        scores.put(Axis.INTERNAL_TOOLS, 0);
        scores.put(Axis.STRATEGY, 0);
        var levels = new EnumMap<Axis, Level>(Axis.class);
        scores.forEach((axis, score) -> levels.put(axis, score >= 40 ? Level.MEDIUM : Level.LOW));
        return new Diagnosis(scores, levels, Level.HIGH, Decision.REFER_TO_SERVICES, null,
                List.of("francenum-guides", "francenum-activateurs"), List.of(), "v1", "test");
    }
}
