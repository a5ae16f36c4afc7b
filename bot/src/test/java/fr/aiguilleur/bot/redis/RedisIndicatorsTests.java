package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import fr.aiguilleur.bot.support.RedisExtension;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's funnel counters in a real Redis, shared by every instance. */
class RedisIndicatorsTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    private final RedisIndicators indicators = new RedisIndicators(redis,
            new RedisSettings(REDIS.url(), "", Duration.ofSeconds(2), Duration.ofDays(30), Duration.ofDays(400)));
    private final String week = (2100 + ThreadLocalRandom.current().nextInt(7000)) + "-W07";

    @Test
    void countsStepsPerWeekWithAnExpiry() {
        indicators.add(Counter.STARTED, week);
        indicators.add(Counter.STARTED, week);
        indicators.add(Counter.CONSENTED, week);
        assertThat(indicators.weeks()).containsEntry(week, Map.of(Counter.STARTED, 2L, Counter.CONSENTED, 1L));
        long ttl = redis.call("read a ttl", commands -> commands.ttl(RedisIndicators.WEEK + week));
        assertThat(ttl).isPositive();
    }

    @Test
    void keepsTheLastQuestionOfUnfinishedConversationsOnly() {
        String question = "q-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        indicators.answered(first, "role");
        indicators.answered(first, question);
        indicators.answered(second, question);
        assertThat(indicators.unfinished()).containsEntry(question, 2L);
        indicators.finished(first);
        assertThat(indicators.unfinished()).containsEntry(question, 1L);
        indicators.finished(second);
        assertThat(indicators.unfinished()).doesNotContainKey(question);
    }

    @Test
    void keepsWhereAnAbandonedConversationStoppedAsACountAndForgetsItsKey() {
        String question = "q-" + UUID.randomUUID();
        String abandoned = UUID.randomUUID().toString();
        String stillThere = UUID.randomUUID().toString();
        indicators.answered(abandoned, question);
        indicators.answered(stillThere, question);

        indicators.abandoned(abandoned);
        indicators.abandoned(abandoned);

        assertThat(indicators.unfinished()).containsEntry(question, 2L);
        boolean keyKept = redis.call("read a key", commands -> commands.hexists(RedisIndicators.UNFINISHED, abandoned));
        assertThat(keyKept).as("the abandoned conversation's key is forgotten").isFalse();
        indicators.finished(stillThere);
        assertThat(indicators.unfinished()).containsEntry(question, 1L);
    }
}
