package fr.aiguilleur.bot.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Sends a fixed number of HTTP requests to loopback, either as fast as a fixed number of requests
 * in flight allows (closed loop) or at a fixed rate (open loop). Notes when each request was sent
 * and answered, in {@link System#nanoTime()}.
 */
final class LoadGenerator implements AutoCloseable {

    /** When request i was sent and answered (0 when it failed). */
    record Timings(long[] sentAt, long[] answeredAt, int failures, long startedAt, long endedAt) {
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();

    /** Sends {@code count} requests, at most {@code inFlight} at once. */
    Timings closedLoop(int count, int inFlight, IntFunction<HttpRequest> request) throws InterruptedException {
        var slots = new Semaphore(inFlight);
        return run(count, request, i -> slots.acquire(), slots::release);
    }

    /**
     * Sends {@code count} requests, at most {@code inFlight} not yet done, where the caller says
     * when one is done by releasing a permit of {@code done} (for work finished after the answer).
     */
    Timings closedLoop(int count, Semaphore done, IntFunction<HttpRequest> request) throws InterruptedException {
        return run(count, request, i -> done.acquire(), () -> {
        });
    }

    /** Sends {@code count} requests, {@code perSecond} a second, whatever the answers. */
    Timings openLoop(int count, int perSecond, IntFunction<HttpRequest> request) throws InterruptedException {
        long start = System.nanoTime();
        long every = TimeUnit.SECONDS.toNanos(1) / perSecond;
        return run(count, request, i -> LockSupport.parkNanos(start + i * every - System.nanoTime()), () -> {
        });
    }

    private interface Gate {
        void before(int i) throws InterruptedException;
    }

    private Timings run(int count, IntFunction<HttpRequest> request, Gate gate, Runnable after)
            throws InterruptedException {
        long[] sentAt = new long[count];
        long[] answeredAt = new long[count];
        var failures = new AtomicInteger();
        var all = new CompletableFuture<?>[count];
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            gate.before(i);
            int index = i;
            HttpRequest next = request.apply(i);
            sentAt[i] = System.nanoTime();
            all[i] = http.sendAsync(next, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                    answeredAt[index] = System.nanoTime();
                } else {
                    failures.incrementAndGet();
                }
                after.run();
            });
        }
        CompletableFuture.allOf(all).orTimeout(60, TimeUnit.SECONDS).exceptionally(failure -> null).join();
        return new Timings(sentAt, answeredAt, failures.get(), started, System.nanoTime());
    }

    static HttpRequest.Builder to(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
