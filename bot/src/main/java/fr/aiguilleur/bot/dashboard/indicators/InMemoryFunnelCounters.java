package fr.aiguilleur.bot.dashboard.indicators;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Funnel counters kept in memory (lost at restart), for a single instance without Redis. Thread-safe. */
public final class InMemoryFunnelCounters implements FunnelCounters {

    private final ConcurrentMap<String, ConcurrentMap<Counter, Long>> weeks = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> lastAnswered = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> stoppedAt = new ConcurrentHashMap<>();

    @Override
    public void add(Counter counter, String week) {
        weeks.computeIfAbsent(week, key -> new ConcurrentHashMap<>()).merge(counter, 1L, Long::sum);
    }

    @Override
    public void answered(String conversationKey, String questionId) {
        lastAnswered.put(conversationKey, questionId);
    }

    @Override
    public void finished(String conversationKey) {
        lastAnswered.remove(conversationKey);
    }

    @Override
    public void abandoned(String conversationKey) {
        String question = lastAnswered.remove(conversationKey);
        if (question != null) {
            stoppedAt.merge(question, 1L, Long::sum);
        }
    }

    @Override
    public Map<String, Map<Counter, Long>> weeks() {
        var copy = new TreeMap<String, Map<Counter, Long>>();
        weeks.forEach((week, counts) -> copy.put(week, new EnumMap<>(counts)));
        return copy;
    }

    @Override
    public Map<String, Long> unfinished() {
        Map<String, Long> counts = lastAnswered.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        stoppedAt.forEach((question, count) -> counts.merge(question, count, Long::sum));
        return counts;
    }
}
