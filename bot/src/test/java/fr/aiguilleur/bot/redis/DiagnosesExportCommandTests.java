package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.rules.authoring.RulesCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code aiguilleur-rules export --redis URL}: the stored diagnoses, for {@code impact}, without chat ids. */
class DiagnosesExportCommandTests {

    /** A Redis of the class's own: the export reads every diagnosis, so no other test's may be there. */
    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.ownServer();

    private static final String CHAT_ID = "731904562";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void clearWhatWasPrinted() { // the nested class below shares this instance among its tests
        out.reset();
        err.reset();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithDiagnosesStored {

        @BeforeAll
        void storeTwoDiagnoses() {
            Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
            RedisDiagnoses diagnoses = new RedisDiagnoses(redis, Duration.ofDays(400));
            diagnoses.record(Samples.storedDiagnosis(new ConversationId("telegram:" + CHAT_ID), Samples.NOW));
            diagnoses.record(Samples.storedDiagnosis(new ConversationId("web:8f3c-web-visitor"),
                    Samples.NOW.plusSeconds(60)));
        }

        @Test
        void writesOneLinePerStoredDiagnosisWithoutTheConversationOrChatId() throws IOException {
            Path file = folder.resolve("diagnoses.jsonl");

            int code = export("--redis", REDIS.url(), "--out", file.toString());

            assertThat(code).isZero();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line)
                    .startsWith("{\"id\":").contains("\"decision\":\"BOOK_VISIT\"")
                    .doesNotContain(CHAT_ID, "telegram:", "web:", "8f3c-web-visitor", "conversationId", "33210"));
            assertThat(stderr()).isEqualTo("Wrote 2 diagnoses to " + file + ".\n");
            assertThat(folder.resolve("diagnoses.jsonl.partial")).doesNotExist();
        }

        @Test
        void writesTheLinesToStandardOutputWithoutAFile() {
            int code = export("--redis=" + REDIS.url());

            assertThat(code).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                    .allSatisfy(line -> assertThat(line).startsWith("{\"id\":").doesNotContain(CHAT_ID));
            assertThat(stderr()).isEmpty();
        }

        @Test
        void givesAFileThatImpactReplaysThroughTheRules() {
            Path file = folder.resolve("diagnoses.jsonl");
            export("--redis", REDIS.url(), "--out", file.toString());
            var report = new ByteArrayOutputStream();

            int code = RulesCli.run(new PrintStream(report, true, StandardCharsets.UTF_8),
                    "impact", "--diagnoses", file.toString());

            assertThat(code).isZero();
            assertThat(report.toString(StandardCharsets.UTF_8)).startsWith("Replayed 2 stored diagnoses");
        }
    }

    @Test
    void saysSoWhenTheRedisDatabaseHoldsNoDiagnosis() {
        String emptyDatabase = REDIS.url().replaceFirst("(/\\d+)?$", "/7");

        int code = export("--redis", emptyDatabase);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stderr()).startsWith("Note: no diagnosis is stored in that Redis database").hasLineCount(1);
    }

    @Nested
    class WhenItCannotExport {

        @Test
        void saysInOneLineThatAnUnreachableRedisCannotBeReadAndWritesNoFile() {
            Path file = folder.resolve("diagnoses.jsonl");

            int code = export("--redis", RedisExtension.closedPortUrl(), "--out", file.toString());

            assertThat(code).isEqualTo(DiagnosesExportCommand.FAILED);
            assertThat(stderr()).startsWith("Error: cannot read the diagnoses from Redis at ")
                    .endsWith(").\n").hasLineCount(1).doesNotContain("Exception");
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(file).doesNotExist();
        }

        @Test
        void showsTheUsageWithoutARedisUrl() {
            int code = export("--out", folder.resolve("x.jsonl").toString());

            assertThat(code).isEqualTo(DiagnosesExportCommand.USAGE);
            assertThat(stderr()).startsWith("Usage: aiguilleur-rules export --redis URL").hasLineCount(1);
        }

        @Test
        void showsTheUsageForAnUnknownOption() {
            int code = export("--redis", REDIS.url(), "--all");

            assertThat(code).isEqualTo(DiagnosesExportCommand.USAGE);
            assertThat(stderr()).startsWith("Usage:");
        }

        @Test
        void saysWhenTheUrlIsNoRedisUrl() {
            int code = export("--redis", "localhost:6379");

            assertThat(code).isEqualTo(DiagnosesExportCommand.USAGE);
            assertThat(stderr()).startsWith("Error: --redis needs a Redis URL such as redis://").hasLineCount(1);
        }
    }

    private int export(String... args) {
        return DiagnosesExportCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
