package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Counts and lists what new rules change in stored diagnoses. */
final class ImpactReport {

    private int cases;
    private int decisions;
    private int priorities;
    private int levels;
    private int services;
    private int scores;
    private final List<String> changed = new ArrayList<>();

    void compare(int position, StoredDiagnosis before, Diagnosis after) {
        cases++;
        List<String> changes = new ArrayList<>();
        if (change(changes, "decision", before.decision(), after.decision())) {
            decisions++;
        }
        if (change(changes, "priority", before.priority(), after.priority())) {
            priorities++;
        }
        boolean levelChanged = false;
        for (Axis axis : Axis.values()) {
            Level was = before.levels().get(axis);
            Level now = after.levels().get(axis);
            levelChanged |= change(changes, "level of " + axis, was, now);
        }
        if (levelChanged) {
            levels++;
        }
        boolean scoreChanged = false;
        for (Axis axis : Axis.values()) {
            Integer was = before.scores().get(axis);
            Integer now = after.scores().get(axis);
            if (!Objects.equals(was, now)) {
                scoreChanged = true;
                String delta = was != null && now != null ? " (" + (now - was >= 0 ? "+" : "") + (now - was) + ")" : "";
                changes.add("score of " + axis + ": " + (was == null ? "none" : was) + " -> "
                        + (now == null ? "none" : now) + delta);
            }
        }
        if (scoreChanged) {
            scores++;
        }
        if (change(changes, "services", before.services(), after.services())) {
            services++;
        }
        if (!changes.isEmpty()) {
            String where = before.departement() == null ? "" : ", département " + before.departement();
            changed.add("Diagnosis #" + position + " [id " + before.conversationId() + "] (recorded " + before.recordedAt() + where + ", rules "
                    + before.rulesVersion() + "):\n    " + String.join("\n    ", changes));
        }
    }

    private static boolean change(List<String> changes, String what, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        changes.add(what + ": " + (before == null ? "none" : before) + " -> " + (after == null ? "none" : after));
        return true;
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Decisions changed:     ").append(decisions).append('\n');
        text.append("Priorities changed:    ").append(priorities).append('\n');
        text.append("Levels changed:        ").append(levels).append(" (diagnoses with at least one need level changed)\n");
        text.append("Scores changed:        ").append(scores).append(" (diagnoses with at least one need score changed)\n");
        text.append("Service lists changed: ").append(services).append('\n');
        text.append("Diagnoses changed:     ").append(changed.size()).append(" of ").append(cases).append('\n');
        changed.forEach(change -> text.append('\n').append(change).append('\n'));
        return text.toString();
    }
}
