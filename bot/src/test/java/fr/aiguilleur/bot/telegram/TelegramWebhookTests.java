package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** How updates come in by the webhook: the secret, the acknowledgement, repeats and order. */
class TelegramWebhookTests extends WebhookTestSupport {

    @Autowired
    InactiveChats inactive;

    @Autowired
    MeterRegistry meters;

    @Test
    void answersAnUpdatePostedWithTheSecret() {
        var answer = person.types("/start");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
    }

    @Test
    void refusesACallWithoutTheSecretAndReadsNothing() {
        String update = Updates.json(Updates.text(UPDATE_IDS.incrementAndGet(), person.chatId(), "/start"));

        web.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(update).exchange()
                .expectStatus().isForbidden();

        settle();
        assertThat(API.messagesTo(person.chat())).isEmpty();
    }

    @Test
    void refusesACallWithAWrongSecretAndReadsNothing() {
        String update = Updates.json(Updates.text(UPDATE_IDS.incrementAndGet(), person.chatId(), "/start"));

        web.post().uri(PATH).header(WebhookSecret.HEADER, SECRET + "x").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update).exchange().expectStatus().isForbidden();
        web.post().uri(PATH).header(WebhookSecret.HEADER, "").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(update).exchange().expectStatus().isForbidden();

        settle();
        assertThat(API.messagesTo(person.chat())).isEmpty();
    }

    @Test
    void servesTheWebhookPathWhateverTheQueryAndOnlyForPosts() {
        String update = Updates.json(Updates.text(UPDATE_IDS.incrementAndGet(), person.chatId(), "/start"));

        web.post().uri(PATH + "?from=telegram").header(WebhookSecret.HEADER, SECRET)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(update).exchange().expectStatus().isOk();
        web.get().uri(PATH).header(WebhookSecret.HEADER, SECRET).exchange().expectStatus().isNotFound();
        web.post().uri(PATH + "/other").header(WebhookSecret.HEADER, SECRET)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(update).exchange().expectStatus().isNotFound();

        settle();
        assertThat(API.messagesTo(person.chat())).hasSize(1);
    }

    @Test
    void answersWithHeadersThatKeepBrowsersFromUsingTheAnswer() {
        web.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectHeader().valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void leavesTheWebhookOutOfTheRequestMetrics() {
        person.types("/start");
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        await().atMost(Duration.ofSeconds(10)).until(() -> !meters.find("http.server.requests").timers().isEmpty());
        assertThat(meters.find("http.server.requests").tag("uri", PATH).timers()).isEmpty();
    }

    @Test
    void answersAnUpdateTelegramSendsTwiceOnlyOnce() {
        String update = Updates.json(Updates.text(UPDATE_IDS.incrementAndGet(), person.chatId(), "/start"));

        postJson(update).expectStatus().isOk();
        postJson(update).expectStatus().isOk();

        settle();
        assertThat(API.messagesTo(person.chat()))
                .filteredOn(message -> lastButtons(List.of(message)).stream().anyMatch(data -> data.endsWith("|consent|yes")))
                .hasSize(1);
    }

    @Test
    void answersTwoUpdatesOfOneChatArrivingTogetherInTheirOrder() {
        post(id -> Updates.text(id, person.chatId(), "/start"));
        post(id -> Updates.text(id, person.chatId(), "/aide"));

        settle();
        List<Object> texts = textsTo(person.chat());
        int welcome = indexOf(texts, "Bonjour, je suis Aiguilleur");
        int help = indexOf(texts, "/retour");
        assertThat(welcome).isNotNegative();
        assertThat(help).isGreaterThan(welcome);
    }

    private static int indexOf(List<Object> texts, String part) {
        for (int i = 0; i < texts.size(); i++) {
            if (String.valueOf(texts.get(i)).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void acknowledgesAnUnreadableUpdateWithoutAnswering() {
        postJson("{\"update_id\": \"not a number\", ").expectStatus().isOk();
        postJson("").expectStatus().isBadRequest();
    }

    @Test
    void refusesABodyLargerThanAnyUpdate() {
        String huge = "{\"update_id\":1,\"padding\":\"" + "x".repeat(TelegramWebhook.LARGEST_UPDATE) + "\"}";

        postJson(huge).expectStatus().isEqualTo(413);
    }

    @Test
    void setsTheWebhookWithTheSecretAndTheUpdatesItHandles() {
        String call = await().atMost(Duration.ofSeconds(10)).until(() -> API.rawCalls("setWebhook"), calls -> !calls.isEmpty())
                .get(0);

        assertThat(call).contains("https://bot.example.fr" + PATH, SECRET,
                "[\"message\",\"edited_message\",\"callback_query\",\"my_chat_member\"]");
    }

    @Test
    void setsTheCommandMenuInFrenchAndEnglish() {
        List<Map<String, Object>> menus = await().atMost(Duration.ofSeconds(10))
                .until(() -> API.calls("setMyCommands"), calls -> calls.size() >= 3);

        assertThat(menus).extracting(menu -> menu.get("language_code")).contains("fr", "en");
        assertThat(menus).allSatisfy(menu -> assertThat(String.valueOf(menu.get("commands")))
                .contains("start", "retour", "aide", "langue", "oubli"));
    }

    @Test
    void sendsTheAnswerAfterTooManyRequests() {
        API.tooManyRequestsOnce(person.chat(), 1);

        var answer = person.types("/start");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
    }

    @Test
    void sendsTheAnswerAfterAServerError() {
        API.serverErrorOnce(person.chat());

        var answer = person.types("/start");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
    }

    @Test
    void sendsTheAnswerAfterATimeout() {
        API.slowOnce(person.chat(), Duration.ofMillis(2500));

        var answer = person.types("/start");

        assertThat(lastButtons(answer)).anyMatch(data -> data.endsWith("|consent|yes"));
    }

    @Test
    void marksAPersonWhoBlockedTheBotInactive() {
        API.blockedBy(person.chat());

        post(id -> Updates.text(id, person.chatId(), "/start"));

        settle();
        assertThat(inactive.isInactive(person.chat())).isTrue();
        assertThat(API.messagesTo(person.chat())).hasSize(1);
    }
}
