package fr.aiguilleur.bot.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.rules.live.LiveRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
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
                await(release);
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
        void tellsWhyNoRulesCouldBeBuilt() throws InterruptedException {
            var rules = new RulesInUse(() -> {
                throw new IllegalStateException("the rules cannot be built: orientation.drl:3: mismatched input");
            });
            while (rules.failure().isEmpty()) {
                Thread.sleep(10);
            }

            client(rules).get().uri("/api/rules/status").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.state").isEqualTo("failed")
                    .jsonPath("$.healthy").isEqualTo(false)
                    .jsonPath("$.lastErrors[0].message").value(String.class,
                            message -> assertThat(message).contains("orientation.drl:3"));
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
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
