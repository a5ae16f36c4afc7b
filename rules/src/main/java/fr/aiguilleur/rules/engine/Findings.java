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

    private final List<Finding> found = new ArrayList<>(64);
    private final Map<Class<?>, List<Found<?>>> byType = new HashMap<>(16);
    private final LinkedHashSet<String> changers = new LinkedHashSet<>(8);
    private Map<String, Integer> activity;

    void concluded(String rule, Object fact) {
        found.add(new Finding(rule, fact));
        List<Found<?>> sameType = byType.get(fact.getClass());
        if (sameType == null) {
            sameType = new ArrayList<>(8);
            byType.put(fact.getClass(), sameType);
        }
        sameType.add(new Found<>(rule, fact));
    }

    /** A rule changed a fact (a need's level) without concluding a new one. */
    void changed(String rule) {
        changers.add(rule);
        if (activity == null) {
            activity = new java.util.LinkedHashMap<>();
        }
        activity.merge(rule, 1, Integer::sum);
    }

    /**
     * The rule that changed facts most often (when rules fire in turn, the one that started
     * changing them last):
     * where to look when the rules keep firing. Falls back on the rule that concluded last.
     */
    String busiestRule() {
        String busiest = null;
        int most = 0;
        if (activity != null) {
            int top = activity.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Map.Entry<String, Integer> entry : activity.entrySet()) {
                if (entry.getValue() >= top / 2) { // rules firing in turn: the one that joined last started it
                    busiest = entry.getKey();
                    most = entry.getValue();
                }
            }
        }
        return busiest != null && most > found.size() ? busiest : lastRule();
    }

    void retracted(Object fact) {
        found.removeIf(finding -> finding.fact() == fact);
        List<Found<?>> sameType = byType.get(fact.getClass());
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
        return found(type).stream();
    }

    /** The same as {@link #of}, as the list kept here (read it, do not change it). */
    @SuppressWarnings("unchecked")
    <T> List<Found<T>> found(Class<T> type) {
        List<Found<?>> sameType = byType.get(type);
        return sameType == null ? List.of() : (List<Found<T>>) (List<?>) sameType;
    }

    /** The rules that concluded or changed something, those that concluded first, in the order they did. */
    public List<String> fired() {
        LinkedHashSet<String> rules = new LinkedHashSet<>();
        found.forEach(finding -> rules.add(finding.rule()));
        rules.addAll(changers);
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
