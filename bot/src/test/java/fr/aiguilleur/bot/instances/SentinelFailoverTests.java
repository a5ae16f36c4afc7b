package fr.aiguilleur.bot.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.telegram.FakeBotApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instance on Redis named by Sentinel (REDIS_URL=redis-sentinel://…#master), its master killed mid-conversation. */
class SentinelFailoverTests {

    @TempDir
    static Path dir;

    static RedisTopologies.Sentinel sentinel;
    static FakeBotApi botApi;
    static Instance instance;

    @BeforeAll
    static void start() {
        sentinel = RedisTopologies.Sentinel.start(dir);
        botApi = new FakeBotApi();
        instance = Instance.start("sentinel", Instance.LOGS,
                Instance.environment(botApi.url(), Map.of("REDIS_URL", sentinel.url())));
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.kill();
        }
        if (botApi != null) {
            botApi.close();
        }
        if (sentinel != null) {
            sentinel.close();
        }
    }

    @Test
    void aConversationGoesOnWhenSentinelPromotesTheReplicaOfAKilledMaster() {
        var crowd = new TelegramCrowd(botApi, () -> List.of(instance));
        var steps = crowd.script(9_100_000, 9_100_001);
        List<String> expected = crowd.texts(9_100_000);
        long person = 9_100_001;
        crowd.post(steps.get(0).update(9_200_001, person));
        crowd.post(steps.get(1).update(9_200_002, person));
        crowd.awaitAnswers(List.of(person), crowd.answeredAfter.get(1), Duration.ofSeconds(30));
        int before = sentinel.masterPort();

        long started = System.nanoTime();
        sentinel.master().kill();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentinel.masterPort() != before);
        for (int s = 2; s < steps.size(); s++) {
            crowd.post(steps.get(s).update(9_200_001 + s, person));
        }
        Map<Long, List<String>> answers = crowd.awaitAnswers(List.of(person), expected.size(), Duration.ofMinutes(2));

        Figures.note("Sentinel: master killed mid-conversation, replica promoted; the conversation went on "
                + "(%d posts refused during the fail-over, %d ms from the kill to the last answer)".formatted(
                        crowd.refused.get(), Duration.ofNanos(System.nanoTime() - started).toMillis()));
        assertThat(sentinel.masterPort()).isEqualTo(sentinel.replica().port);
        assertThat(answers.get(person)).isEqualTo(expected);
    }
}
