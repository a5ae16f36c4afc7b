package fr.aiguilleur.rules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything one run of the rules concluded, in order, each with the rule that concluded it. Rule
 * files never name their own rule: the engine records it here.
 */
public final class Findings {

    private final List<Finding> found = new ArrayList<>();
    private final Map<Class<?>, List<Finding>> byType = new HashMap<>();

    void concluded(String rule, Object fact) {
        Finding finding = new Finding(rule, fact);
        found.add(finding);
        byType.computeIfAbsent(fact.getClass(), type -> new ArrayList<>(4)).add(finding);
    }

    void retracted(Object fact) {
        found.removeIf(finding -> finding.fact() == fact);
        List<Finding> sameType = byType.get(fact.getClass());
        if (sameType != null) {
            sameType.removeIf(finding -> finding.fact() == fact);
        }
    }

    /** What the rules concluded, in the order they concluded it. */
    public List<Finding> all() {
        return List.copyOf(found);
    }

    /** The facts of one kind (exactly that class), in order, each with its rule. */
    public <T> Stream<Found<T>> of(Class<T> type) {
        return byType.getOrDefault(type, List.of()).stream()
                .map(finding -> new Found<>(finding.rule(), type.cast(finding.fact())));
    }

    /** The rules that concluded something, in the order they first did. */
    public List<String> fired() {
        LinkedHashSet<String> rules = new LinkedHashSet<>();
        found.forEach(finding -> rules.add(finding.rule()));
        return List.copyOf(rules);
    }

    /** The rule that concluded last, or {@code null}. */
    String lastRule() {
        return found.isEmpty() ? null : found.get(found.size() - 1).rule();
    }

    /** A typed finding. */
    public record Found<T>(String rule, T fact) {
    }
}
