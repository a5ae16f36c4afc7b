package fr.aiguilleur.bot.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A Bot API played by WireMock: hands out the updates a test delivers (one getUpdates answer per
 * update, matched on the offset the poller asks for), accepts every call, and lets the test read
 * what the bot sent. Paths are spelt as TelegramBots calls them (mostly lower-case).
 */
public final class FakeBotApi implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token";

    /** Limits high enough not to slow tests down, short pauses and timeouts. */
    public static final TelegramSettings.Sending FAST = new TelegramSettings.Sending(10_000, 10_000, 100, 10_000,
            Duration.ofMillis(1500), Duration.ofMillis(20), 4);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1778000000,"
            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"ok\"}}";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().jettyStopTimeout(500L));
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private StubMapping refusal;

    public FakeBotApi() {
        server.start();
        server.stubFor(post(path("getupdates")).atPriority(10)
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(150)));
        server.stubFor(post(path("deleteWebhook")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(path("answercallbackquery")).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        server.stubFor(post(path("sendmessage")).atPriority(10).willReturn(okJson(SENT)));
        server.stubFor(post(path("editmessagetext")).atPriority(10).willReturn(okJson(SENT)));
        server.stubFor(post(path("sendphoto")).atPriority(10).willReturn(okJson(SENT)));
        server.stubFor(post(path("senddocument")).atPriority(10).willReturn(okJson(SENT)));
        for (String method : List.of("setWebhook", "setMyCommands", "leaveChat")) {
            server.stubFor(post(path(method)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        }
    }

    /** Settings reaching this API, with {@link #FAST} sending. */
    public TelegramSettings settings() {
        return new TelegramSettings(TOKEN, url(), null, null, null, FAST);
    }

    /** Replies through this API, with {@link #FAST} sending; pauses (after a 429, between retries) are not slept. */
    public static ChatReplies replies(TelegramHttp http, InactiveChats inactive) {
        var time = new FakeTime();
        return new ChatReplies(new BotCalls(http.client(), FAST, time), new SendingPace(FAST, time), inactive);
    }

    public String url() {
        return "http://localhost:" + server.port();
    }

    /** Hands one update (built for the next update id) to the poller and waits until it took it. */
    int deliver(IntFunction<Map<String, Object>> update) {
        int id = nextUpdateId.getAndIncrement();
        server.stubFor(post(path("getupdates")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.offset", equalTo(Integer.toString(id))))
                .willReturn(okJson(Updates.result(List.of(update.apply(id))))));
        await().atMost(Duration.ofSeconds(10)).until(() -> !server.findAll(postRequestedFor(path("getupdates"))
                .withRequestBody(matchingJsonPath("$.offset", equalTo(Integer.toString(id + 1))))).isEmpty());
        return id;
    }

    /** Answers every message only after this long, as a slow Bot API: updates stay in flight. */
    public StubMapping slowMessages(Duration delay) {
        return server.stubFor(post(path("sendmessage")).atPriority(5).willReturn(okJson(SENT)
                .withFixedDelay((int) delay.toMillis())));
    }

    public void remove(StubMapping stub) {
        server.removeStub(stub);
    }

    /** Makes every message to this chat fail, as when Telegram is down for it. */
    void refuseMessagesTo(String chatId) {
        refusal = server.stubFor(post(path("sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(aResponse().withStatus(500).withBody("{\"ok\":false,\"error_code\":500}")));
    }

    /** Answers "too many requests, retry after this many seconds" to the next message to this chat only. */
    void tooManyRequestsOnce(String chatId, int retryAfter) {
        server.stubFor(post(path("sendmessage")).atPriority(1).inScenario("flood " + chatId)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                                + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}"))
                .willSetStateTo("told"));
    }

    /** Answers "internal server error" to the next message to this chat only. */
    void serverErrorOnce(String chatId) {
        once(chatId, aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}"));
    }

    /** Answers the next message to this chat only after this long (longer than the sending timeout). */
    void slowOnce(String chatId, Duration delay) {
        once(chatId, okJson(SENT).withFixedDelay((int) delay.toMillis()));
    }

    /** Answers 400 with this description to every message to this chat. */
    void badRequestFor(String chatId, String description) {
        server.stubFor(post(path("sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":400,\"description\":\"" + description + "\"}")));
    }

    private void once(String chatId, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        server.stubFor(post(path("sendmessage")).atPriority(1).inScenario("once " + chatId)
                .whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(answer)
                .willSetStateTo("done"));
    }

    /** Answers as Telegram does once a person blocked the bot. */
    void blockedBy(String chatId) {
        server.stubFor(post(path("sendmessage")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.chat_id", equalTo(chatId)))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}")));
    }

    void acceptMessagesAgain() {
        if (refusal != null) {
            server.removeStub(refusal);
            refusal = null;
        }
    }

    /** The messages sent to a chat, oldest first, as JSON objects. */
    List<Map<String, Object>> messagesTo(String chatId) {
        return calls("sendmessage").stream().filter(body -> chatId.equals(String.valueOf(body.get("chat_id"))))
                .toList();
    }

    /**
     * The uploads (sendPhoto, sendDocument) to a chat, each as its multipart parts: the text parts
     * by name, and the file's bytes under "file" and its name under "filename".
     */
    List<Map<String, Object>> uploadsTo(String method, String chatId) {
        return server.findAll(postRequestedFor(path(method))).stream().map(FakeBotApi::parts)
                .filter(parts -> chatId.equals(String.valueOf(parts.get("chat_id")))).toList();
    }

    private static Map<String, Object> parts(LoggedRequest request) {
        var parts = new java.util.HashMap<String, Object>();
        for (var part : request.getParts()) {
            String disposition = part.getHeader("Content-Disposition").firstValue();
            if (disposition.contains("filename=")) {
                parts.put("file", part.getBody().asBytes());
                parts.put("filename", disposition.replaceAll(".*filename=\"?([^\";]*)\"?.*", "$1"));
            } else {
                parts.put(part.getName(), part.getBody().asString());
            }
        }
        return parts;
    }

    /** The ids of the taps the bot answered. */
    List<String> answeredTaps() {
        return calls("answercallbackquery").stream().map(body -> String.valueOf(body.get("callback_query_id")))
                .toList();
    }

    public List<Map<String, Object>> calls(String method) {
        return server.findAll(postRequestedFor(path(method))).stream().map(FakeBotApi::body).toList();
    }

    /** The raw bodies of the calls of a method (multipart ones, as setWebhook, are not JSON). */
    List<String> rawCalls(String method) {
        return server.findAll(postRequestedFor(path(method))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static UrlPattern path(String method) {
        return urlEqualTo("/bot" + TOKEN + "/" + method);
    }

    private static Map<String, Object> body(LoggedRequest request) {
        try {
            return JSON.readValue(request.getBodyAsString(), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
