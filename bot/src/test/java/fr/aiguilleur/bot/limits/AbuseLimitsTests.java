package fr.aiguilleur.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The limits of the web chat and the diagnostics API, with small limits; the service trusts the
 * test as its proxy, so each test plays clients of its own through {@code X-Forwarded-For}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/no-operator-config",
        "aiguilleur.limits.trusted-proxies=127.0.0.1,::1",
        "aiguilleur.limits.conversations-per-address.count=3",
        "aiguilleur.limits.messages-per-conversation.count=5",
        "aiguilleur.limits.diagnostics-per-address.count=2"})
@AutoConfigureWebTestClient
class AbuseLimitsTests {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Autowired
    WebTestClient client;

    /** A client address of the documentation range, new for each call. */
    static String newClient() {
        return "203.0.113." + CLIENTS.incrementAndGet();
    }

    WebTestClient.ResponseSpec open(String address, String language) {
        return client.mutate().responseTimeout(Duration.ofSeconds(30)).build().post().uri("/api/chat")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(language == null ? Map.of() : Map.of("language", language))
                .exchange();
    }

    @Nested
    class NewConversations {

        @Test
        void refusesTheOneTooManyFromOneAddressKindlyWithRetryAfter() {
            String address = newClient();
            for (int i = 0; i < 3; i++) {
                open(address, null).expectStatus().isOk();
            }

            open(address, null).expectStatus().isEqualTo(429)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds))
                            .isBetween(1L, 600L))
                    .expectBody()
                    .jsonPath("$.message").value(String.class, text -> assertThat(text)
                            .startsWith("Beaucoup de conversations viennent d'être ouvertes depuis ce réseau")
                            .contains("minutes"))
                    .jsonPath("$.conversationId").doesNotExist();
        }

        @Test
        void refusesInEnglishAPersonWhoAskedForEnglish() {
            String address = newClient();
            for (int i = 0; i < 3; i++) {
                open(address, "en").expectStatus().isOk();
            }

            open(address, "en").expectStatus().isEqualTo(429).expectBody().jsonPath("$.message")
                    .value(String.class, text -> assertThat(text).startsWith("Many conversations were just started"));
        }

        @Test
        void countsEachAddressBehindTheTrustedProxyOnItsOwn() {
            String first = newClient();
            for (int i = 0; i < 3; i++) {
                open(first, null).expectStatus().isOk();
            }

            open(newClient(), null).expectStatus().isOk();
        }
    }

    @Nested
    class Messages {

        @Test
        void refusesTheMessageTooManyInOneConversationThenTheConversationGoesOn() {
            String key = open(newClient(), "en").expectStatus().isOk().expectBody(Map.class).returnResult()
                    .getResponseBody().get("conversationId").toString();
            for (int i = 0; i < 5; i++) {
                help(key).expectStatus().isOk();
            }

            help(key).expectStatus().isEqualTo(429)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectBody().jsonPath("$.message").value(String.class, text -> assertThat(text)
                            .startsWith("You are going a little fast!").contains("seconds"));
            client.get().uri("/api/chat/" + key).exchange().expectStatus().isOk();
        }

        private WebTestClient.ResponseSpec help(String key) {
            return client.post().uri("/api/chat/" + key + "/messages").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("command", "aide")).exchange();
        }
    }

    @Nested
    class Diagnostics {

        @Test
        void refusesTheDiagnosisTooManyFromOneAddress() {
            String address = newClient();
            for (int i = 0; i < 2; i++) {
                diagnose(address).expectStatus().isOk();
            }

            diagnose(address).expectStatus().isEqualTo(429)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectBody().jsonPath("$.message").value(String.class, text -> assertThat(text)
                            .startsWith("Beaucoup de demandes de diagnostic viennent de cette adresse"));
        }

        private WebTestClient.ResponseSpec diagnose(String address) {
            return client.mutate().responseTimeout(Duration.ofSeconds(60)).build()
                    .post().uri("/api/diagnostics").header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", Map.of())).exchange();
        }
    }
}
