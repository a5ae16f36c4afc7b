package fr.aiguilleur.bot.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.rules.engine.RuleFile;
import fr.aiguilleur.rules.engine.RuleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running service watching a folder of rules (AIGUILLEUR_RULES_DIR) while an author breaks a
 * rule file in each of the ways authors do: the status tells what and where, and the last good
 * rules keep answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.config-dir=target/no-operator-config"})
@AutoConfigureWebTestClient
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveRulesFolderTests {

    private static final Path FOLDER = temporaryFolder();
    private static final Duration RELOAD = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        writeGoodRules();
        registry.add("aiguilleur.rules.dir", FOLDER::toString);
    }

    @Autowired
    WebTestClient client;

    @Autowired
    RulesInUse rules;

    private String goodVersion;

    @BeforeEach
    void goodRulesServe() {
        writeGoodRules();
        goodVersion = RuleFiles.folder(FOLDER).version();
        await().atMost(RELOAD).untilAsserted(() -> assertThat(status()).containsEntry("activeVersion", goodVersion)
                .containsEntry("healthy", true));
    }

    @AfterAll
    void removeFolder() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(FOLDER);
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("a modify that loops", "need-scores.drl", "rule \"Count the needs at each level\"",
                        "rule \"Reset the presence level\"\nwhen\n    $s : NeedScore(axis == Axis.PRESENCE, level != null)\n"
                                + "then\n    modify($s) { setLevel(null) };\nend\n\nrule \"Count the needs at each level\"",
                        "need-scores.drl", "Reset the presence level", "without ending"),
                Arguments.of("a null reason", "autonomy.drl", "\"Vous utilisez peu d'outils numériques pour travailler.\"",
                        "null", "autonomy.drl", "Little autonomy: uses almost no digital tool", "no reason in French"),
                Arguments.of("an unknown question", "presence-needs.drl", "Answer(question == \"sector\"",
                        "Answer(question == \"secteur\"", "presence-needs.drl",
                        "Shop or restaurant that cannot be found online", "no question \"secteur\""),
                Arguments.of("an empty reason cell", "presence-needs.drl.csv", ",Your customers cannot find you online.,",
                        ",,", "presence-needs.drl.csv", "Cannot be found online", "is empty"),
                Arguments.of("a gap between levels", "need-levels.drl.csv", "Medium need,34,66", "Medium need,40,66",
                        "need-levels.drl.csv", "Medium need", "no level for the scores 34 to 39"),
                Arguments.of("an unquoted comma", "presence-needs.drl.csv",
                        "\"Vos clients vous demandent souvent de commander, réserver ou payer en ligne.\"",
                        "Vos clients vous demandent souvent de commander, réserver ou payer en ligne.",
                        "presence-needs.drl.csv", "Customers often want to order online", "double quotes"),
                Arguments.of("a misspelt field", "autonomy.drl", "Answer(question == \"autonomy\", option == \"avoid\")",
                        "Answer(question == \"autonomy\", optoin == \"avoid\")", "autonomy.drl",
                        "Little autonomy: leaves new tools to others", "no field \"optoin\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void keepsTheLastGoodRulesAndTellsWhy(String breakage, String file, String from, String to, String problemFile,
            String problemRule, String problemMessage) throws IOException {
        Path edited = FOLDER.resolve(file);
        String text = Files.readString(edited);
        assertThat(text).contains(from);
        Files.writeString(edited, text.replace(from, to));

        await().atMost(RELOAD).untilAsserted(() -> assertThat(status()).containsEntry("healthy", false));
        Map<String, Object> status = status();
        assertThat(status).containsEntry("activeVersion", goodVersion);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) status.get("lastErrors");
        assertThat(errors).first().satisfies(error -> {
            assertThat(error).containsEntry("file", problemFile).containsEntry("rule", problemRule);
            assertThat((Integer) error.get("line")).isPositive();
            assertThat((String) error.get("message")).contains(problemMessage).doesNotContain("\tat ")
                    .doesNotContain("Exception:");
        });
        var persona = Personas.named("boulangere-seule-demarches-difficiles");
        client.post().uri("/api/diagnostics").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", persona.answers())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.decision").isEqualTo(persona.expect().get("decision"))
                .jsonPath("$.rulesVersion").isEqualTo(goodVersion);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status() {
        return client.get().uri("/api/rules/status").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static void writeGoodRules() {
        try {
            for (RuleFile file : RuleFiles.packaged().files()) {
                Files.write(FOLDER.resolve(file.name()), file.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("aiguilleur-rules-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
