package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Conversations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One conversation step against Redis on loopback, with the service's own parts: the Redis
 * conversation store as the service wires it (Lettuce, version check in Lua, activity index),
 * the dialogue engine with questionnaire v1, the packaged rules and the operator's coordinators.
 * A step is find → engine.handle (the person's next tap or typed answer) → save, on
 * conversations spread over the whole questionnaire and booking. Also the same step through the
 * switchboard, which adds what the service stores beside (funnel counter, diagnosis). Bounded:
 * fixed counts. Run by hand (see docs/performance.md).
 */
public final class ConversationStepBenchmark {

    private static final int CONVERSATIONS = Integer.getInteger("bench.conversations", 2_000);
    private static final int STEPS = Integer.getInteger("bench.steps", 50_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30_000);
    private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,4").split(","))
            .mapToInt(Integer::parseInt).toArray();

    public static void main(String[] args) throws Exception {
        System.out.println(RedisService.machine());
        try (var service = RedisService.start(List.of())) {
            System.out.println("redis-server " + service.redisVersion());
            var engine = service.bean(DialogueEngine.class);
            var direct = new StepRunner.Direct(service.bean(Conversations.class), engine);
            var switchboard = new StepRunner.ThroughSwitchboard(service.bean(Switchboard.class),
                    service.bean(Conversations.class), engine);
            var population = StepRunner.population(direct, CONVERSATIONS);
            System.out.println("warm-up: " + WARMUP + " steps each way");
            run(direct, population, WARMUP, 1);
            run(switchboard, population, WARMUP / 3, 1);
            Result single = steps(direct, switchboard, population);
            printPhases(single);
            printRoundTrip(service);
            System.out.println("load average after: " + RedisService.loadAverage());
        }
    }

    /** The table of steps: one thread and more, then through the switchboard; returns the one-thread run. */
    private static Result steps(StepRunner direct, StepRunner switchboard, Walked[] population) throws Exception {
        System.out.println("| step | threads | steps | steps/s | p50 µs | p90 µs | p99 µs | p99.9 µs | max µs |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Result single = null;
        for (int threads : THREADS) {
            Result result = run(direct, population, STEPS, threads);
            single = threads == 1 ? result : single;
            System.out.println(result.line("find → handle → save", threads));
        }
        System.out.println(run(switchboard, population, STEPS, 1).line("Switchboard.receive", 1));
        return single != null ? single : run(direct, population, STEPS, 1);
    }

    /** Where the time of the one-thread run went: by phase, and the engine's time by question. */
    private static void printPhases(Result single) {
        System.out.println("\nthe one-thread run, by phase (µs):\n| phase | p50 | p90 | p99 | p99.9 | max |\n"
                + "|---|---:|---:|---:|---:|---:|");
        for (int phase = 0; phase < StepRunner.PHASES.size(); phase++) {
            System.out.println("| " + StepRunner.PHASES.get(phase) + " | " + single.phases().get(phase).cells() + " |");
        }
        System.out.println("\nengine.handle in the one-thread run, by question answered, the slowest at p99 (µs):\n"
                + "| question | steps | p50 | p90 | p99 | p99.9 | max |\n|---|---:|---:|---:|---:|---:|---:|");
        single.handleByQuestion().entrySet().stream()
                .sorted(Comparator.comparingDouble(
                        (Map.Entry<String, Latencies> e) -> e.getValue().micros(0.99)).reversed())
                .limit(8)
                .forEach(e -> System.out.println("| " + e.getKey() + " | " + e.getValue().sorted().length + " | "
                        + e.getValue().cells() + " |"));
    }

    /** The floor of a phase: one Redis round trip (PING) on a Lettuce connection like the service's. */
    private static void printRoundTrip(RedisService service) {
        long[] nanos = new long[STEPS];
        for (int i = 0; i < WARMUP + STEPS; i++) {
            long start = System.nanoTime();
            service.inspect.ping();
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - start;
            }
        }
        System.out.println("\none Redis round trip (PING, synchronous Lettuce), µs: p50 | p90 | p99 | p99.9 | max = "
                + Latencies.of(nanos, STEPS).cells());
    }

    /** What one run measured. */
    record Result(int steps, double seconds, Latencies total, List<Latencies> phases,
            Map<String, Latencies> handleByQuestion) {

        String line(String step, int threads) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %s |", step, threads, steps, steps / seconds,
                    total.cells());
        }
    }

    /** Runs {@code steps} steps shared by {@code threads} threads, each on its own share of the conversations. */
    private static Result run(StepRunner runner, Walked[] population, int steps, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            var futures = new ArrayList<Future<StepRunner.Timings>>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                var share = StepRunner.share(population, t, threads);
                futures.add(pool.submit(() -> runner.steps(population, share, steps / threads)));
            }
            var timings = new ArrayList<StepRunner.Timings>();
            for (var future : futures) {
                timings.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return StepRunner.Timings.merge(timings, seconds);
        } finally {
            pool.shutdownNow();
        }
    }
}
