package fr.aiguilleur.bot.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.AiguilleurApplication;
import fr.aiguilleur.bot.support.TestRedis;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Two instances of the service on one Redis of the test's own, which the test stops to play an outage. */
class SharedLimitsAndOutageTests {

    private static TestRedis.Server redis;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        redis = TestRedis.Server.start();
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        redis.stop();
    }

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(AiguilleurApplication.class).run(
                "--server.port=0",
                "--aiguilleur.redis.url=" + redis.url(),
                "--aiguilleur.redis.command-timeout=3s",
                "--aiguilleur.telegram.token=",
                "--aiguilleur.rules.dir=",
                "--aiguilleur.config-dir=target/no-operator-config",
                "--aiguilleur.limits.conversations-per-address.count=3");
    }

    static WebTestClient client(ConfigurableApplicationContext instance) {
        return WebTestClient.bindToServer().responseTimeout(Duration.ofSeconds(30))
                .baseUrl("http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port")).build();
    }

    static WebTestClient.ResponseSpec open(ConfigurableApplicationContext instance) {
        return client(instance).post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange();
    }

    @Test
    void countsTheConversationsOfOneAddressAcrossBothInstancesThenAnswersOutageHonestly() {
        open(first).expectStatus().isOk();
        open(second).expectStatus().isOk();
        open(first).expectStatus().isOk();

        open(second).expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
        open(first).expectStatus().isEqualTo(429);

        redis.stop();
        try {
            open(first).expectStatus().isEqualTo(503).expectBody()
                    .jsonPath("$.message").value(String.class, text -> assertThat(text)
                            .startsWith("Aiguilleur ne peut pas commencer de conversation pour le moment"))
                    .jsonPath("$.conversationId").doesNotExist();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    client(first).get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503));
            client(first).get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        } finally {
            restartRedis();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                client(first).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk());
    }

    private static void restartRedis() {
        try {
            redis.process().start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
