package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import fr.aiguilleur.conversations.texts.Texts;
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
    private final Texts texts;

    ImpactReport(Texts texts) {
        this.texts = texts;
    }

    void compare(int position, StoredDiagnosis before, Diagnosis after) {
        cases++;
        List<String> changes = new ArrayList<>();
        if (change(changes, texts.get("rules.cli.impact.decision"), before.decision(), after.decision())) {
            decisions++;
        }
        if (change(changes, texts.get("rules.cli.impact.priority"), before.priority(), after.priority())) {
            priorities++;
        }
        boolean levelChanged = false;
        for (Axis axis : Axis.values()) {
            Level was = before.levels().get(axis);
            Level now = after.levels().get(axis);
            levelChanged |= change(changes, texts.get("rules.cli.impact.level", axis), was, now);
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
                changes.add(texts.get("rules.cli.impact.change", texts.get("rules.cli.impact.score", axis),
                        orNone(was), orNone(now)) + delta);
            }
        }
        if (scoreChanged) {
            scores++;
        }
        if (change(changes, texts.get("rules.cli.impact.services"), before.services(), after.services())) {
            services++;
        }
        if (!changes.isEmpty()) {
            String where = before.departement() == null ? "" : texts.get("rules.cli.impact.departement", before.departement());
            changed.add(texts.get("rules.cli.impact.diagnosis", position, before.conversationId(), before.recordedAt(), where,
                    before.rulesVersion()) + "\n    " + String.join("\n    ", changes));
        }
    }

    private boolean change(List<String> changes, String what, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return false;
        }
        changes.add(texts.get("rules.cli.impact.change", what, orNone(before), orNone(after)));
        return true;
    }

    private Object orNone(Object value) {
        return value == null ? texts.get("rules.cli.impact.none") : value;
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        text.append(texts.get("rules.cli.impact.summary", decisions, priorities, levels, scores, services,
                changed.size(), cases)).append('\n');
        changed.forEach(change -> text.append('\n').append(change).append('\n'));
        return text.toString();
    }
}
