package fr.aiguilleur.bot.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API on loopback played by WireMock (no request journal): accepts every call and notes when
 * the first sendMessage to each chat arrived, in {@link System#nanoTime()}.
 */
final class BotApiStub implements AutoCloseable {

    private static final Pattern CHAT = Pattern.compile("\"chat_id\"\\s*:\\s*\"?(-?\\d+)");
    private static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1778000000,"
            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .disableRequestJournal().containerThreads(64).jettyStopTimeout(500L));
    private final Map<Long, Long> firstSendAt = new ConcurrentHashMap<>();
    private final AtomicInteger sends = new AtomicInteger();
    private volatile LongConsumer onFirstSend = chat -> {
    };

    BotApiStub() {
        server.stubFor(post(urlMatching("/bot[^/]+/sendmessage")).atPriority(1).willReturn(okJson(SENT)));
        server.stubFor(any(urlMatching(".*")).atPriority(10).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.addMockServiceRequestListener((request, response) -> {
            if (request.getUrl().endsWith("/sendmessage")) {
                long at = System.nanoTime();
                Matcher chat = CHAT.matcher(request.getBodyAsString());
                if (chat.find()) {
                    long chatId = Long.parseLong(chat.group(1));
                    if (firstSendAt.putIfAbsent(chatId, at) == null) {
                        onFirstSend.accept(chatId);
                    }
                }
                sends.incrementAndGet();
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** When the first message to this chat arrived, or null. */
    Long firstSendAt(long chatId) {
        return firstSendAt.get(chatId);
    }

    /** Told of each chat's first sendMessage, on a stub thread. */
    void onFirstSend(LongConsumer listener) {
        this.onFirstSend = listener;
    }

    int sends() {
        return sends.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
