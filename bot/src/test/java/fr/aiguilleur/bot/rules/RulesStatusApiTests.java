package fr.aiguilleur.bot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.rules.live.LiveRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

class RulesStatusApiTests {

    @Nested
    @BotTest
    class PackagedRules {

        @Autowired
        WebTestClient client;

        @Autowired
        RulesInUse rules;

        @Test
        void tellsThePackagedRulesAreInUse() {
            rules.get();

            client.get().uri("/api/rules/status").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("ready")
                    .jsonPath("$.activeVersion").value(String.class, version -> assertThat(version).matches("[0-9a-f]{12}"))
                    .jsonPath("$.source").isEqualTo("packaged")
                    .jsonPath("$.loadedAt").isNotEmpty()
                    .jsonPath("$.healthy").isEqualTo(true)
                    .jsonPath("$.lastErrors").isEmpty();
        }
    }

    @Nested
    class WhileStarting {

        @Test
        void tellsTheRulesAreLoading() throws InterruptedException {
            var release = new CountDownLatch(1);
            var rules = new RulesInUse(() -> {
                holdUntil(release);
                throw new IllegalStateException("never built in this test");
            });
            try {
                client(rules).get().uri("/api/rules/status").exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.state").isEqualTo("loading");
            } finally {
                release.countDown();
            }
        }

        @Test
        void tellsWhyNoRulesCouldBeBuilt() {
            var rules = new RulesInUse(() -> {
                throw new IllegalStateException("the rules cannot be built: orientation.drl:3: mismatched input");
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> rules.failure().isPresent());

            client(rules).get().uri("/api/rules/status").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("failed")
                    .jsonPath("$.healthy").isEqualTo(false)
                    .jsonPath("$.lastErrors[0].message").value(String.class,
                            message -> assertThat(message).contains("orientation.drl:3"));
        }

        /** Holds the building thread until the test is done with it (a minute at most). */
        private static void holdUntil(CountDownLatch latch) {
            try {
                latch.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Nested
    class WatchedFolder {

        @Test
        void tellsWhyBrokenRulesWereNotTaken(@TempDir Path folder) throws IOException {
            Files.writeString(folder.resolve("broken-needs.drl"), """
                    package fr.aiguilleur.rules;
                    rule "a rule with a typo"
                    when
                        Answer( question == "role" ,, )
                    then
                    end
                    """);
            try (var rules = new RulesInUse(() -> LiveRules.watching(folder))) {
                rules.get();

                client(rules).get().uri("/api/rules/status").exchange()
                        .expectStatus().isOk()
                        .expectBody()
                        .jsonPath("$.state").isEqualTo("ready")
                        .jsonPath("$.source").isEqualTo("packaged")
                        .jsonPath("$.watchedFolder").isEqualTo(folder.toString())
                        .jsonPath("$.healthy").isEqualTo(false)
                        .jsonPath("$.lastErrors[0].file").isEqualTo("broken-needs.drl")
                        .jsonPath("$.lastErrors[0].message").isNotEmpty();
            }
        }
    }

    static WebTestClient client(RulesInUse rules) {
        return WebTestClient.bindToController(new RulesStatusApi(rules)).build();
    }
}
