package fr.aiguilleur.bot.bench;

import io.netty.handler.codec.http.HttpMethod;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Sends a fixed number of HTTP requests to loopback with Reactor Netty, on an event loop of its
 * own, either as fast as a fixed number of requests in flight allows (closed loop) or at a fixed
 * rate (open loop). Notes when each request was sent and answered, in {@link System#nanoTime()}.
 */
final class LoadGenerator implements AutoCloseable {

    /** One request: method, path, headers, body (null for none). */
    record Call(HttpMethod method, String path, Map<String, String> headers, String body) {
    }

    /** When request i was sent and answered (0 when it failed). */
    record Timings(long[] sentAt, long[] answeredAt, int failures, long startedAt, long endedAt) {
    }

    private final LoopResources loop = LoopResources.create("bench-load", 1, true);
    private final ConnectionProvider connections = ConnectionProvider.builder("bench-load").maxConnections(512)
            .pendingAcquireMaxCount(-1).build();
    private final HttpClient http;

    LoadGenerator(String baseUrl) {
        this.http = HttpClient.create(connections).runOn(loop).baseUrl(baseUrl).responseTimeout(Duration.ofSeconds(10));
    }

    /** Sends {@code count} requests, at most {@code inFlight} unanswered at once. */
    Timings closedLoop(int count, int inFlight, IntFunction<Call> request) throws InterruptedException {
        var slots = new Semaphore(inFlight);
        return run(count, request, i -> slots.acquire(), slots::release);
    }

    /**
     * Sends {@code count} requests, at most {@code inFlight} not yet done, where the caller says
     * when one is done by releasing a permit of {@code done} (for work finished after the answer).
     */
    Timings closedLoop(int count, Semaphore done, IntFunction<Call> request) throws InterruptedException {
        return run(count, request, i -> done.acquire(), () -> {
        });
    }

    /** Sends {@code count} requests, {@code perSecond} a second, whatever the answers. */
    Timings openLoop(int count, int perSecond, IntFunction<Call> request) throws InterruptedException {
        long start = System.nanoTime();
        long every = TimeUnit.SECONDS.toNanos(1) / perSecond;
        return run(count, request, i -> LockSupport.parkNanos(start + i * every - System.nanoTime()), () -> {
        });
    }

    private interface Gate {
        void before(int i) throws InterruptedException;
    }

    private Timings run(int count, IntFunction<Call> request, Gate gate, Runnable after) throws InterruptedException {
        long[] sentAt = new long[count];
        long[] answeredAt = new long[count];
        var failures = new AtomicInteger();
        var finished = new CountDownLatch(count);
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            gate.before(i);
            int index = i;
            Call call = request.apply(i);
            sentAt[i] = System.nanoTime();
            send(call).subscribe(status -> {
                if (status == 200) {
                    answeredAt[index] = System.nanoTime();
                } else {
                    failures.incrementAndGet();
                }
            }, failure -> {
                failures.incrementAndGet();
                after.run();
                finished.countDown();
            }, () -> {
                after.run();
                finished.countDown();
            });
        }
        finished.await(60, TimeUnit.SECONDS);
        return new Timings(sentAt, answeredAt, failures.get(), started, System.nanoTime());
    }

    /** One request, its headers set on it (no copy of the client's configuration per request). */
    private Mono<Integer> send(Call call) {
        var sender = http.request(call.method()).uri(call.path());
        return sender.send((request, out) -> {
            call.headers().forEach(request::header);
            return call.body() == null ? out : out.sendString(Mono.just(call.body()));
        }).responseSingle((response, body) -> body.then(Mono.just(response.status().code())));
    }

    @Override
    public void close() {
        connections.dispose();
        loop.dispose();
    }
}
