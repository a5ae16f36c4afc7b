package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.AiguilleurApplication;
import fr.aiguilleur.bot.support.TestRedis;
import io.netty.handler.codec.http.HttpMethod;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Webhook throughput and latency, beside a trivial WebFlux endpoint doing one Redis read and one
 * write (the floor), in one run: the service with an embedded Redis and a stub Bot API, all on
 * loopback. Each update is a {@code /start} from a new chat, answered by one sendMessage; the
 * latency runs from posting the update to the stub receiving that sendMessage. Bounded: fixed
 * counts, every wait capped, then it stops. Run by hand (see docs/performance.md).
 */
public final class WebhookBenchmark {

    static final String TOKEN = "424242:bench-token";
    static final String SECRET = "bench_secret_0123456789abcdefghijklmn";
    static final String HOOK = "/telegram/bench-hook";
    private static final long MAX_WAIT = TimeUnit.SECONDS.toNanos(60);

    private final BotApiStub stub;
    private final LoadGenerator load;
    private final AtomicLong chats = new AtomicLong(10_000_000);
    private final AtomicInteger updateIds = new AtomicInteger(1);

    private WebhookBenchmark(BotApiStub stub, LoadGenerator load) {
        this.stub = stub;
        this.load = load;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.updates", 20_000);
        int inFlight = Integer.getInteger("bench.inFlight", 64);
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 20);
        System.out.printf(Locale.ROOT, "%d cores, %s %s, load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAverage());
        boolean inMemory = "memory".equals(System.getProperty("bench.stores"));
        var redis = TestRedis.Server.start();
        try (var stub = new BotApiStub();
                ConfigurableApplicationContext app = start(redis.url(), inMemory ? "" : redis.url(), stub.url());
                var load = new LoadGenerator("http://127.0.0.1:" + port(app))) {
            var bench = new WebhookBenchmark(stub, load);
            bench.warmUp(Math.min(count, 2_500), inFlight);
            Thread.sleep(2_000);
            var threads = new ArrayList<String>();
            System.out.println(Report.header());
            System.out.println(timed("webhook, closed loop, " + inFlight + " in flight", threads,
                    () -> bench.webhook(count, inFlight)));
            System.out.println(timed("floor, closed loop, " + inFlight + " in flight", threads,
                    () -> bench.floor(count, inFlight)));
            System.out.println(timed("webhook, open loop, " + rate + "/s", threads, () -> bench.webhookAt(rate, seconds)));
            System.out.println(timed("floor, open loop, " + rate + "/s", threads, () -> bench.floorAt(rate, seconds)));
            System.out.println("\nCPU µs per request by kind of thread:\n");
            threads.forEach(System.out::println);
            System.out.println("load average after: " + loadAverage());
        } finally {
            redis.stop();
        }
    }

    /**
     * Rounds of updates and floor requests until the JIT compilers are nearly done (they compiled
     * during less than a tenth of the round), at most {@code bench.warmUps} rounds. On two cores the
     * one C2 compiler thread takes minutes to compile the webhook's path: before, the measured phases
     * would pay for compiling, and run code not yet compiled.
     */
    private void warmUp(int count, int inFlight) throws InterruptedException {
        var jit = ManagementFactory.getCompilationMXBean();
        int rounds = Integer.getInteger("bench.warmUps", 16);
        for (int round = 1; round <= rounds; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            webhook(count, inFlight);
            floor(count, inFlight);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long compiling = jit.getTotalCompilationTime() - compiledBefore;
            System.out.printf(Locale.ROOT, "warm-up round %d: %d updates and %d floor requests in %d ms, "
                    + "JIT compiling for %d ms%n", round, count, count, millis, compiling);
            if (compiling * 10 < millis) {
                return;
            }
        }
    }

    /** One phase of the benchmark. */
    private interface Phase {
        Report run() throws InterruptedException;
    }

    /** Runs a phase: its row of the table, and where its CPU went by thread added to {@code threads}. */
    private static String timed(String name, List<String> threads, Phase phase) throws InterruptedException {
        var before = ThreadCpu.now();
        Report report = phase.run();
        var spent = ThreadCpu.now().since(before, report.count());
        threads.add("- " + name + ": " + spent.byThread());
        return report.withCpu(spent).line(name);
    }

    /**
     * Settings given as command-line arguments, which win over application.yml.
     *
     * @param storesUrl the Redis of the service's stores, empty for in-memory stores (a comparison run)
     */
    private static ConfigurableApplicationContext start(String redisUrl, String storesUrl, String apiUrl) {
        return new SpringApplicationBuilder(AiguilleurApplication.class, FloorEndpoint.class).run(
                "--server.port=0",
                "--bench.redis-url=" + redisUrl,
                "--aiguilleur.redis.url=" + storesUrl,
                "--aiguilleur.telegram.token=" + TOKEN,
                "--aiguilleur.telegram.api-url=" + apiUrl,
                "--aiguilleur.telegram.webhook-url=http://127.0.0.1" + HOOK,
                "--aiguilleur.telegram.webhook-secret=" + SECRET,
                // The stub is no Telegram: lift the limits kept for it, to measure the service itself.
                "--aiguilleur.telegram.sending.per-second=1000000",
                "--aiguilleur.telegram.sending.per-chat-per-second=1000000",
                "--aiguilleur.telegram.sending.per-chat-burst=1000",
                "--logging.level.root=WARN");
    }

    /** At most {@code inFlight} updates posted and not yet answered by a sendMessage. */
    Report webhook(int count, int inFlight) throws InterruptedException {
        long[] chatIds = newChats(count);
        var answered = new Semaphore(inFlight);
        stub.onFirstSend(chat -> answered.release());
        var timings = load.closedLoop(count, answered, i -> update(chatIds[i]));
        stub.onFirstSend(chat -> {
        });
        return Report.ofSends(timings, chatIds, waitForSends(chatIds));
    }

    Report webhookAt(int perSecond, int seconds) throws InterruptedException {
        long[] chatIds = newChats(perSecond * seconds);
        var timings = load.openLoop(chatIds.length, perSecond, i -> update(chatIds[i]));
        return Report.ofSends(timings, chatIds, waitForSends(chatIds));
    }

    Report floor(int count, int inFlight) throws InterruptedException {
        return Report.ofAnswers(load.closedLoop(count, inFlight, this::floorRequest));
    }

    Report floorAt(int perSecond, int seconds) throws InterruptedException {
        return Report.ofAnswers(load.openLoop(perSecond * seconds, perSecond, this::floorRequest));
    }

    private long[] newChats(int count) {
        long[] ids = new long[count];
        Arrays.setAll(ids, i -> chats.incrementAndGet());
        return ids;
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private LoadGenerator.Call update(long chatId) {
        String json = String.format(Locale.ROOT, "{\"update_id\":%d,\"message\":{\"message_id\":1,\"date\":1778000000,"
                + "\"chat\":{\"id\":%d,\"type\":\"private\",\"first_name\":\"Bench\"},\"from\":{\"id\":%d,"
                + "\"is_bot\":false,\"first_name\":\"Bench\",\"language_code\":\"fr\"},\"text\":\"/start bench\"}}",
                updateIds.getAndIncrement(), chatId, chatId);
        return new LoadGenerator.Call(HttpMethod.POST, HOOK, Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET,
                "Content-Type", "application/json"), json);
    }

    private LoadGenerator.Call floorRequest(int i) {
        return new LoadGenerator.Call(HttpMethod.GET, FloorEndpoint.PATH + "?key=" + (i % 10_000), Map.of(), null);
    }

    /** When each chat's answer reached the stub (0 when it did not within a minute). */
    private long[] waitForSends(long[] chatIds) throws InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT;
        long[] sentAt = new long[chatIds.length];
        for (int i = 0; i < chatIds.length; i++) {
            Long at;
            while ((at = stub.firstSendAt(chatIds[i])) == null && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            sentAt[i] = at == null ? 0 : at;
        }
        return sentAt;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
