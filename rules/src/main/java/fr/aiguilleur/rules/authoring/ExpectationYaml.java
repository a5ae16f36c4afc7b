package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.rules.scenarios.Expectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Writes a scenario's {@code expect:} block (its lines, without the key) from a diagnosis. */
final class ExpectationYaml {

    private ExpectationYaml() {
    }

    /** Everything a diagnosis says: for a scenario made from a real case. */
    static List<String> full(Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>();
        lines.add("decision: " + diagnosis.decision());
        if (diagnosis.decision() != Decision.REDIRECT) {
            if (diagnosis.priority() != null) {
                lines.add("priority: " + diagnosis.priority());
            }
            lines.add("autonomy: " + diagnosis.autonomy());
            lines.add("scores: " + byAxis(diagnosis.scores(), String::valueOf, diagnosis.scores().keySet()));
            lines.add("levels: " + byAxis(diagnosis.levels(), String::valueOf, diagnosis.levels().keySet()));
        }
        lines.add("services: " + diagnosis.services());
        return lines;
    }

    /** What a scenario checked, with today's values: for {@code test --accept}. */
    static List<String> updated(Expectation expect, Diagnosis diagnosis) {
        List<String> lines = new ArrayList<>();
        boolean redirect = diagnosis.decision() == Decision.REDIRECT;
        if (expect.decision() != null) {
            lines.add("decision: " + diagnosis.decision());
        }
        if (!redirect) {
            if (expect.priority() != null && diagnosis.priority() != null) {
                lines.add("priority: " + diagnosis.priority());
            }
            if (expect.autonomy() != null) {
                lines.add("autonomy: " + diagnosis.autonomy());
            }
            if (!expect.scores().isEmpty()) {
                lines.add("scores: " + byAxis(diagnosis.scores(), String::valueOf, expect.scores().keySet()));
            }
            if (!expect.levels().isEmpty()) {
                lines.add("levels: " + byAxis(diagnosis.levels(), String::valueOf, expect.levels().keySet()));
            }
        }
        if (expect.services() != null) {
            lines.add("services: " + diagnosis.services());
        }
        List<String> included = expect.servicesInclude().stream().filter(diagnosis.services()::contains).toList();
        if (!included.isEmpty()) {
            lines.add("services_include: " + included);
        }
        List<String> excluded = expect.servicesExclude().stream().filter(s -> !diagnosis.services().contains(s)).toList();
        if (!excluded.isEmpty()) {
            lines.add("services_exclude: " + excluded);
        }
        return lines;
    }

    private static <V> String byAxis(Map<Axis, V> values, Function<V, String> text, Set<Axis> wanted) {
        List<String> pairs = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            if (wanted.contains(axis) && values.containsKey(axis)) {
                pairs.add(axis + ": " + text.apply(values.get(axis)));
            }
        }
        return "{" + String.join(", ", pairs) + "}";
    }
}
