package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.jobs.InactivityJob;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Whether the service's heap stays flat as the conversations stored in Redis grow: the service
 * as in production with its Redis stores; Telegram conversations opened and taken two answers in
 * through the switchboard (as the Telegram channel hands them over), up to 100,000; the heap used
 * after a full GC at each checkpoint; then the reminder after a silence and the sweep of abandoned
 * conversations run over all of them (clock moved forward), with the live heap sampled meanwhile.
 * Run by hand (see docs/performance.md).
 */
public final class StoredConversationsHeap {

    private static final int[] CHECKPOINTS = Arrays.stream(
            System.getProperty("bench.checkpoints", "10000,25000,50000,100000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int WARMUP = 2_000;
    private static final double MB = 1024 * 1024;

    public static void main(String[] args) throws Exception {
        System.out.println(RedisService.machine());
        System.out.printf(Locale.ROOT, "max heap %.0f MB, collectors %s%n", Runtime.getRuntime().maxMemory() / MB,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
        try (var service = RedisService.start(List.of(HeapBenchBeans.class),
                // The benchmark runs the jobs itself, at the moments it chooses.
                "--aiguilleur.inactivity.check-every=1000d", "--aiguilleur.reminders.check-every=1000d")) {
            var people = new TelegramPeople(service.bean(Switchboard.class), THREADS);
            people.forget(people.come(WARMUP), service);
            System.out.println("| stored conversations | heap used after a full GC, MB | Redis used_memory, MB "
                    + "| Redis keys | seconds to add them |");
            System.out.println("|---:|---:|---:|---:|---:|");
            System.out.println(row(service, 0, 0));
            int stored = 0;
            for (int checkpoint : CHECKPOINTS) {
                long start = System.nanoTime();
                people.come(checkpoint - stored);
                stored = checkpoint;
                System.out.println(row(service, stored, (System.nanoTime() - start) / 1e9));
            }
            if (people.failures() > 0) {
                System.out.println("inputs answered \"try again\": " + people.failures());
            }
            jobs(service);
            System.out.println("load average after: " + RedisService.loadAverage());
        }
    }

    private static String row(RedisService service, int stored, double seconds) {
        return String.format(Locale.ROOT, "| %d | %.1f | %.1f | %d | %.0f |", stored, liveHeap() / MB,
                service.usedMemory() / MB, service.keys(), seconds);
    }

    /** The inactivity jobs over every stored conversation, with the live heap they cause. */
    private static void jobs(RedisService service) throws InterruptedException {
        var job = service.bean(InactivityJob.class);
        var clock = service.bean(HeapBenchBeans.ShiftedClock.class);
        System.out.println("\n| job | conversations done | seconds | live heap before, MB | live heap peak "
                + "during (full GC each second), MB | live heap after, MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        clock.shift(Duration.ofHours(24).plusMinutes(10));
        System.out.println(during("reminder after a silence (nudge)", job::nudge));
        clock.shift(Duration.ofDays(30).plusHours(1));
        System.out.println(during("sweep of abandoned conversations (abandon)", job::abandon));
        System.out.printf(Locale.ROOT, "left in the activity index: %d; Redis keys: %d%n",
                service.inspect.zcard("aiguilleur:conversations:active"), service.keys());
    }

    private static String during(String name, IntSupplier job) throws InterruptedException {
        long before = liveHeap();
        var running = new AtomicBoolean(true);
        var peak = new AtomicLong(before);
        var sampler = new Thread(() -> {
            while (running.get()) {
                sleep(1_000);
                if (running.get()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                }
            }
        }, "heap-sampler");
        sampler.start();
        long start = System.nanoTime();
        int done = job.getAsInt();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f |", name, done, seconds,
                before / MB, peak.get() / MB, liveHeap() / MB);
    }

    /** Heap used right after two full collections (what is still referenced). */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
