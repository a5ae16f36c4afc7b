package fr.aiguilleur.bot.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of measured durations (nanoseconds), from a sorted copy: exact, no histogram buckets. */
record Latencies(long[] sorted) {

    static Latencies of(long[] nanos, int count) {
        long[] copy = Arrays.copyOf(nanos, count);
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    /** The smallest duration that at least this share of the measures did not exceed, in µs. */
    double micros(double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e3;
    }

    double maxMicros() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e3;
    }

    /** "p50 / p90 / p99 / p99.9 / max" in µs, as Markdown table cells. */
    String cells() {
        return String.format(Locale.ROOT, "%.0f | %.0f | %.0f | %.0f | %.0f", micros(0.50), micros(0.90),
                micros(0.99), micros(0.999), maxMicros());
    }
}
