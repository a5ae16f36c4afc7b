package fr.aiguilleur.bot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time of the benchmark's process, by thread and by kind of thread (the name without its
 * numbers), and of its redis-server: where a phase spends its CPU, exactly, unlike sampling
 * profiles that pick a few threads at a time. The JVM's own threads (JIT compilers, GC) are not
 * Java threads that can be listed: their time is the process's time on no listed thread.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<Long, Long> nanosById = new HashMap<>();
    private final Map<Long, String> kindById = new HashMap<>();
    private long processNanos;
    private long redisNanos;

    /** Where the CPU of a phase went, in µs per request. */
    record Split(double process, double service, double harness, double jvm, double redis, String byThread) {

        static final Split NONE = new Split(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "");
    }

    static ThreadCpu now() {
        var cpu = new ThreadCpu();
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                cpu.nanosById.put(info.getThreadId(), THREADS.getThreadCpuTime(info.getThreadId()));
                cpu.kindById.put(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "N"));
            }
        }
        cpu.processNanos = OS.getProcessCpuTime();
        cpu.redisNanos = redisServerNanos();
        return cpu;
    }

    /**
     * The CPU spent since {@code before}, per request: the service's threads, the harness's (load
     * generator, stub, {@code main}), the JVM's own, redis-server; and the service's by kind of thread.
     */
    Split since(ThreadCpu before, int requests) {
        Map<String, Long> byKind = new HashMap<>();
        nanosById.forEach((id, nanos) -> byKind.merge(kindById.get(id),
                Math.max(0, nanos - before.nanosById.getOrDefault(id, 0L)), Long::sum));
        long harness = byKind.entrySet().stream().filter(kind -> isHarness(kind.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long threads = byKind.values().stream().mapToLong(Long::longValue).sum();
        long process = processNanos - before.processNanos;
        return new Split(micros(process, requests), micros(threads - harness, requests), micros(harness, requests),
                micros(process - threads, requests), micros(redisNanos - before.redisNanos, requests),
                byThread(byKind, requests));
    }

    private static String byThread(Map<String, Long> byKind, int requests) {
        return byKind.entrySet().stream().filter(kind -> kind.getValue() / requests >= 10_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(kind -> String.format(Locale.ROOT, "%s%s %.0f", isHarness(kind.getKey()) ? "(harness) " : "",
                        kind.getKey(), micros(kind.getValue(), requests)))
                .collect(Collectors.joining(", "));
    }

    /** The benchmark's own threads: its load generator, its stub Bot API, its main thread. */
    private static boolean isHarness(String kind) {
        return kind.startsWith("bench-") || kind.equals("main");
    }

    private static double micros(long nanos, int requests) {
        return nanos / 1e3 / requests;
    }

    /** The CPU time of the redis-server this process started, 0 when unknown. */
    private static long redisServerNanos() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().command().orElse("").contains("redis-server"))
                .mapToLong(process -> process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())
                .sum();
    }
}
