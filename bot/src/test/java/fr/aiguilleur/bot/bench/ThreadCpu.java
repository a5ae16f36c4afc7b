package fr.aiguilleur.bot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time of the process's threads, by kind of thread (the name without its numbers): where
 * a phase spends its CPU, exactly, unlike sampling profiles that pick a few threads at a time.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> nanosById = new HashMap<>();
    private final Map<Long, String> kindById = new HashMap<>();

    static ThreadCpu now() {
        var cpu = new ThreadCpu();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                cpu.nanosById.put(info.getThreadId(), THREADS.getThreadCpuTime(info.getThreadId()));
                cpu.kindById.put(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "N"));
            }
        }
        return cpu;
    }

    /** The CPU spent since {@code before}, per request, by kind of thread, largest first. */
    String since(ThreadCpu before, int requests) {
        Map<String, Long> byKind = new HashMap<>();
        nanosById.forEach((id, nanos) -> byKind.merge(kindById.get(id),
                Math.max(0, nanos - before.nanosById.getOrDefault(id, 0L)), Long::sum));
        return byKind.entrySet().stream().filter(kind -> kind.getValue() / requests >= 10_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(kind -> String.format(Locale.ROOT, "%s %.0f", kind.getKey(), kind.getValue() / 1e3 / requests))
                .collect(Collectors.joining(", ", "CPU µs per request by thread: ", ""));
    }
}
