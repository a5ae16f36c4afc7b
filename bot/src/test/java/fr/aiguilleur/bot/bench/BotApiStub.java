package fr.aiguilleur.bot.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
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

    private static final ByteBuf CHAT_ID = Unpooled.unreleasableBuffer(
            Unpooled.copiedBuffer("\"chat_id\":", StandardCharsets.US_ASCII));
    private static final long NO_CHAT = Long.MIN_VALUE;
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
        return request.receive().aggregate().map(body -> send ? chatOf(body) : NO_CHAT).defaultIfEmpty(NO_CHAT)
                .flatMap(chat -> {
                    if (send) {
                        noteSend(chat);
                    }
                    byte[] json = send ? SENT : DONE;
                    return response.header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(json.length))
                            .sendByteArray(Mono.just(json)).then();
                });
    }

    private void noteSend(long chatId) {
        long at = System.nanoTime();
        if (chatId != NO_CHAT && firstSendAt.putIfAbsent(chatId, at) == null) {
            onFirstSend.accept(chatId);
        }
        sends.incrementAndGet();
    }

    /** The chat_id of a JSON body, read from its bytes (no decoding of the message text). */
    private static long chatOf(ByteBuf body) {
        int at = ByteBufUtil.indexOf(CHAT_ID, body);
        if (at < 0) {
            return NO_CHAT;
        }
        int i = at + CHAT_ID.readableBytes();
        while (i < body.writerIndex() && (body.getByte(i) == ' ' || body.getByte(i) == '"')) {
            i++;
        }
        boolean negative = i < body.writerIndex() && body.getByte(i) == '-';
        long chat = 0;
        for (i += negative ? 1 : 0; i < body.writerIndex() && Character.isDigit(body.getByte(i)); i++) {
            chat = chat * 10 + body.getByte(i) - '0';
        }
        return negative ? -chat : chat;
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
