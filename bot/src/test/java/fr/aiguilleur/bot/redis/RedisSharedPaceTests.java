package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.TestRedis;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisSharedPaceTests {

    private static Redis one;
    private static Redis other;

    private final String bot = UUID.randomUUID().toString();

    @BeforeAll
    static void connect() {
        one = new Redis(TestRedis.url(), Duration.ofSeconds(2));
        other = new Redis(TestRedis.url(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void disconnect() {
        one.close();
        other.close();
    }

    @Test
    void letsAChatsBurstGoAtOnceThenMakesTheNextMessageWaitItsTurnWhateverTheInstance() {
        var first = new RedisSharedPace(one, bot);
        var second = new RedisSharedPace(other, bot);

        assertThat(first.reserve("42", 30, 1, 3)).isZero();
        assertThat(second.reserve("42", 30, 1, 3)).isZero();
        assertThat(first.reserve("42", 30, 1, 3)).isZero();

        assertThat(second.reserve("42", 30, 1, 3)).isBetween(Duration.ofMillis(500).toNanos(), Duration.ofSeconds(1).toNanos());
    }

    @Test
    void sharesTheBotsPaceBetweenInstances() {
        var first = new RedisSharedPace(one, bot);
        var second = new RedisSharedPace(other, bot);
        for (int chat = 0; chat < 5; chat++) {
            assertThat((chat % 2 == 0 ? first : second).reserve(Integer.toString(chat), 5, 1, 3)).isZero();
        }

        assertThat(first.reserve("99", 5, 1, 3)).isBetween(Duration.ofMillis(100).toNanos(), Duration.ofMillis(200).toNanos());
    }
}
