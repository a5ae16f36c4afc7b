package fr.aiguilleur.rules.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRulesTests {

    private static final String RULE = """
            package fr.aiguilleur.rules;

            import fr.aiguilleur.conversations.diagnosis.Level;

            agenda-group "autonomy"

            rule "Medium autonomy otherwise"
            when
                not Autonomy()
            then
                insert(new Autonomy(Level.%s, "Texte.", "Text."));
            end
            """;

    private static final String BROKEN = """
            package fr.aiguilleur.rules;

            agenda-group "points"

            rule "Half written"
            when
                Answer(question == "goal"
            then
            end
            """;

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private LiveRules rules;

    /**
     * The watching alone, with a plain build instead of the vetting (the rules of these tests are
     * not a whole diagnosis: VettingTests and the bot's LiveRulesFolderTests try the vetting).
     */
    private static LiveRules watchingWithoutVetting(Path folder) {
        return LiveRules.watching(folder, new RuleCompiler(), () -> new RuleCompiler().compile(RuleFiles.packaged())
                .orThrow());
    }

    @AfterEach
    void stop() {
        if (rules != null) {
            rules.close();
        }
    }

    @Test
    void startsOnTheFolderRules() throws IOException {
        write("autonomy.drl", RULE.formatted("MEDIUM"));

        rules = watchingWithoutVetting(folder);

        assertThat(rules.status().source()).isEqualTo(folder.toString());
        assertThat(rules.status().version()).isEqualTo(RuleFiles.folder(folder).version());
        assertThat(rules.status().problems()).isEmpty();
        assertThat(rules.get().version()).isEqualTo(rules.status().version());
    }

    @Nested
    class WhileWatching {

        @Test
        void keepsServingTheLastGoodRulesWhenABrokenFileArrivesAndTakesTheFixedOnes() throws IOException {
            write("autonomy.drl", RULE.formatted("MEDIUM"));
            rules = watchingWithoutVetting(folder);
            String good = rules.get().version();
            rules.start();

            write("points.drl", BROKEN);
            await().atMost(PATIENCE).until(() -> !rules.status().problems().isEmpty());

            assertThat(rules.get().version()).isEqualTo(good);
            assertThat(rules.status().version()).isEqualTo(good);
            assertThat(rules.status().problems()).first().satisfies(problem -> {
                assertThat(problem.file()).isEqualTo("points.drl");
                assertThat(problem.line()).isBetween(7, 9);
            });

            Files.delete(folder.resolve("points.drl"));
            write("autonomy.drl", RULE.formatted("HIGH"));
            String fixed = RuleFiles.folder(folder).version();
            await().atMost(PATIENCE).until(() -> fixed.equals(rules.get().version()));

            assertThat(rules.status().problems()).isEmpty();
            assertThat(rules.status().version()).isEqualTo(fixed);
            assertThat(rules.status().lastAttemptAt()).isNotNull();
        }

        @Test
        void reportsAFolderThatDisappears() throws IOException {
            write("autonomy.drl", RULE.formatted("MEDIUM"));
            rules = watchingWithoutVetting(folder);
            String good = rules.get().version();
            rules.start();

            Files.delete(folder.resolve("autonomy.drl"));
            Files.delete(folder);
            await().atMost(PATIENCE).until(() -> !rules.status().problems().isEmpty());

            assertThat(rules.get().version()).isEqualTo(good);
            assertThat(rules.status().problems()).first()
                    .satisfies(problem -> assertThat(problem.message()).contains(folder.toString()));
        }
    }

    @Test
    void servesTheFallbackRulesWhenTheFolderRulesDoNotBuildAtStart() throws IOException {
        Path other = Files.createDirectory(folder.resolve("good"));
        Files.writeString(other.resolve("autonomy.drl"), RULE.formatted("LOW"));
        RuleSet fallback = new RuleCompiler().compile(RuleFiles.folder(other)).orThrow();
        Path broken = Files.createDirectory(folder.resolve("broken"));
        Files.writeString(broken.resolve("points.drl"), BROKEN);

        rules = LiveRules.watching(broken, new RuleCompiler(), () -> fallback);

        assertThat(rules.get()).isSameAs(fallback);
        assertThat(rules.status().version()).isEqualTo(fallback.version());
        assertThat(rules.status().problems()).extracting(problem -> problem.file()).contains("points.drl");
        assertThat(rules.status().watchedFolder()).isEqualTo(broken.toString());
    }

    @Test
    void reloadsOnDemand() throws IOException {
        write("autonomy.drl", RULE.formatted("MEDIUM"));
        rules = watchingWithoutVetting(folder);
        write("autonomy.drl", RULE.formatted("LOW"));

        assertThat(rules.reload()).isTrue();
        assertThat(rules.get().version()).isEqualTo(RuleFiles.folder(folder).version());
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
