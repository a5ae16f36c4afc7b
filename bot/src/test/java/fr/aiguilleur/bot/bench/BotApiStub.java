package fr.aiguilleur.bot.bench;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A Bot API on loopback: a bare Reactor Netty HTTP server on one event loop of its own, which
 * answers every call with the Bot API's JSON and notes when the first sendMessage to each chat
 * arrived, in {@link System#nanoTime()}. Lighter than WireMock (no servlet container, no stub
 * matching), so that the machine's cores go to the service being measured.
 */
final class BotApiStub implements AutoCloseable {

    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final byte[] SENT = ("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1778000000,"
            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] DONE = "{\"ok\":true,\"result\":true}".getBytes(StandardCharsets.UTF_8);

    private final LoopResources loop = LoopResources.create("bench-stub", 1, true);
    private final DisposableServer server;
    private final Map<Long, Long> firstSendAt = new ConcurrentHashMap<>();
    private final AtomicInteger sends = new AtomicInteger();
    private volatile LongConsumer onFirstSend = chat -> {
    };

    BotApiStub() {
        server = HttpServer.create().host("127.0.0.1").port(0).runOn(loop).handle(this::answer).bindNow();
    }

    private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
        boolean send = request.uri().toLowerCase(Locale.ROOT).endsWith("/sendmessage");
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                .flatMap(body -> {
                    if (send) {
                        noteSend(body);
                    }
                    byte[] json = send ? SENT : DONE;
                    return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(json.length))
                            .sendByteArray(Mono.just(json)).then();
                });
    }

    private void noteSend(String body) {
        long at = System.nanoTime();
        Matcher chat = CHAT.matcher(body);
        if (chat.find()) {
            long chatId = Long.parseLong(chat.group(1));
            if (firstSendAt.putIfAbsent(chatId, at) == null) {
                onFirstSend.accept(chatId);
            }
        }
        sends.incrementAndGet();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** When the first message to this chat arrived, or null. */
    Long firstSendAt(long chatId) {
        return firstSendAt.get(chatId);
    }

    /** Told of each chat's first sendMessage, on the stub's thread. */
    void onFirstSend(LongConsumer listener) {
        this.onFirstSend = listener;
    }

    int sends() {
        return sends.get();
    }

    @Override
    public void close() {
        server.disposeNow();
        loop.dispose();
    }
}
