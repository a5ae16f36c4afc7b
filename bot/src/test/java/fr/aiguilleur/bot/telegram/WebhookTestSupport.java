package fr.aiguilleur.bot.telegram;

import static org.awaitility.Awaitility.await;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service in webhook mode on a random port, against one Bot API played by WireMock for every
 * class extending this (they share one application context). Tests post updates as Telegram does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=" + FakeBotApi.TOKEN,
        "aiguilleur.telegram.coordinator-chat-id=" + WebhookTestSupport.COORDINATORS,
        "aiguilleur.telegram.webhook-url=https://bot.example.fr" + WebhookTestSupport.PATH,
        "aiguilleur.telegram.webhook-secret=" + WebhookTestSupport.SECRET,
        "aiguilleur.telegram.sending.per-second=10000",
        "aiguilleur.telegram.sending.per-chat-per-second=10000",
        "aiguilleur.telegram.sending.per-chat-burst=100",
        "aiguilleur.telegram.sending.timeout=1500ms",
        "aiguilleur.telegram.sending.first-retry-after=20ms",
        "aiguilleur.config-dir=target/no-operator-config",
        "spring.test.webtestclient.timeout=30s"})
@AutoConfigureWebTestClient
abstract class WebhookTestSupport {

    static final String PATH = "/telegram/hook-7f3a";
    static final String SECRET = "test-secret_0123456789abcdefghijklmnop";
    static final String COORDINATORS = "-100888";
    static final FakeBotApi API = new FakeBotApi();
    static final AtomicInteger UPDATE_IDS = new AtomicInteger(500_000);
    private static final AtomicLong CHATS = new AtomicLong(7_000_000);

    @DynamicPropertySource
    static void botApi(DynamicPropertyRegistry registry) {
        registry.add("aiguilleur.telegram.api-url", API::url);
    }

    @Autowired
    WebTestClient web;

    @Autowired
    TelegramUpdates updates;

    @Autowired
    Conversations conversations;

    TelegramChatPerson person;

    @BeforeEach
    void newPerson() {
        person = new TelegramChatPerson(API, CHATS.incrementAndGet(), this::post);
    }

    /** Posts an update built for the next update id, with the secret; returns that id. */
    int post(IntFunction<Map<String, Object>> update) {
        int id = UPDATE_IDS.incrementAndGet();
        postJson(Updates.json(update.apply(id))).expectStatus().isOk();
        return id;
    }

    WebTestClient.ResponseSpec postJson(String json) {
        return web.post().uri(PATH).header(WebhookSecret.HEADER, SECRET).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }

    /** Waits until every update taken was handled. */
    void settle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> updates.drain(Duration.ofMillis(100)));
    }

    Optional<Conversation> conversationOf(TelegramChatPerson someone) {
        return conversations.find(new ConversationId("telegram:" + someone.chatId()));
    }

    List<Object> textsTo(String chat) {
        return API.messagesTo(chat).stream().map(message -> message.get("text")).toList();
    }

    static List<String> lastButtons(List<Map<String, Object>> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            List<String> buttons = TelegramChatPerson.callbackData(messages.get(i));
            if (!buttons.isEmpty()) {
                return buttons;
            }
        }
        return List.of();
    }
}
