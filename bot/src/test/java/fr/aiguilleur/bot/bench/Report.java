package fr.aiguilleur.bot.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of one phase of the benchmark: how many per second, how long each took, and the
 * CPU time spent per request (steadier than the rate when other work shares the cores): the whole
 * JVM's, then split into the service's threads, the harness's (load generator, stub, main), the
 * JVM's own (JIT, GC), and redis-server's (another process).
 */
record Report(int count, int missing, double perSecond, double p50Millis, double p99Millis, double maxMillis,
        ThreadCpu.Split cpu) {

    static String header() {
        return "| phase | requests | failed or unanswered | per second | p50 ms | p99 ms | max ms "
                + "| JVM CPU µs each | service | harness | JIT, GC | redis-server |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    /** The same figures, with the CPU time spent over the phase. */
    Report withCpu(ThreadCpu.Split spent) {
        return new Report(count, missing, perSecond, p50Millis, p99Millis, maxMillis, spent);
    }

    /** From posting each update to the stub receiving its chat's sendMessage. */
    static Report ofSends(LoadGenerator.Timings timings, long[] chatIds, long[] sendAt) {
        return of(timings.sentAt(), sendAt, timings.startedAt());
    }

    /** From sending each request to its answer. */
    static Report ofAnswers(LoadGenerator.Timings timings) {
        return of(timings.sentAt(), timings.answeredAt(), timings.startedAt());
    }

    private static Report of(long[] from, long[] to, long startedAt) {
        long[] latencies = new long[from.length];
        int done = 0;
        long last = startedAt;
        for (int i = 0; i < from.length; i++) {
            if (to[i] != 0) {
                latencies[done++] = to[i] - from[i];
                last = Math.max(last, to[i]);
            }
        }
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        double seconds = (last - startedAt) / 1e9;
        return new Report(from.length, from.length - done, done / seconds, millis(sorted, 0.50), millis(sorted, 0.99),
                done == 0 ? Double.NaN : sorted[done - 1] / 1e6, ThreadCpu.Split.NONE);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    String line(String phase) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f |",
                phase, count, missing, perSecond, p50Millis, p99Millis, maxMillis, cpu.process(), cpu.service(),
                cpu.harness(), cpu.jvm(), cpu.redis());
    }
}
