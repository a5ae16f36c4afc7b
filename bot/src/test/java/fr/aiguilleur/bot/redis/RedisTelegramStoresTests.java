package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.bot.support.RedisExtension;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisTelegramStoresTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
    private static final Redis otherInstance = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    /** A bot of its own per test: update ids and chats do not clash between tests. */
    private final String bot = Long.toString(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));

    @Nested
    class UpdateIds {

        @Test
        void takesAnUpdateTheFirstTimeOnly() {
            var dedup = new RedisUpdateDedup(redis, bot);

            assertThat(dedup.firstSeen(1)).isTrue();
            assertThat(dedup.firstSeen(1)).isFalse();
            assertThat(dedup.firstSeen(2)).isTrue();
        }

        @Test
        void sharesWhatItSawWithTheOtherInstances() {
            new RedisUpdateDedup(redis, bot).firstSeen(7);

            assertThat(new RedisUpdateDedup(otherInstance, bot).firstSeen(7)).isFalse();
        }

        @Test
        void countsUpdateIdsPerBot() {
            new RedisUpdateDedup(redis, bot).firstSeen(7);

            assertThat(new RedisUpdateDedup(redis, bot + "0").firstSeen(7)).isTrue();
        }

        @Test
        void remembersAnUpdateForADay() {
            new RedisUpdateDedup(redis, bot).firstSeen(9);

            long ttl = REDIS.commands().ttl("aiguilleur:telegram:" + bot + ":update:9");
            assertThat(ttl).isBetween(86_000L, 86_400L);
        }

        @Test
        void takesAPersonWhoWritesOutOfTheInactiveChatsTheFirstTime() {
            var inactive = new RedisInactiveChats(redis, bot);
            var dedup = new RedisUpdateDedup(redis, bot);
            inactive.markInactive("42");

            assertThat(dedup.firstSeen(11, "42", inactive)).isTrue();

            assertThat(inactive.isInactive("42")).isFalse();
        }

        @Test
        void leavesAPersonInactiveWhenAnUpdateFromBeforeTheyBlockedComesAgain() {
            var inactive = new RedisInactiveChats(redis, bot);
            var dedup = new RedisUpdateDedup(redis, bot);
            dedup.firstSeen(12, "43", inactive);
            inactive.markInactive("43");

            assertThat(dedup.firstSeen(12, "43", inactive)).isFalse();

            assertThat(inactive.isInactive("43")).isTrue();
            long ttl = REDIS.commands().ttl("aiguilleur:telegram:" + bot + ":update:12");
            assertThat(ttl).isBetween(86_000L, 86_400L);
        }

        @Test
        void failsAsAStoreWhenRedisIsDown() {
            try (var down = new Redis(RedisExtension.closedPortUrl(), Duration.ofMillis(300))) {
                assertThatThrownBy(() -> new RedisUpdateDedup(down, bot).firstSeen(1))
                        .isInstanceOf(StoreUnavailable.class);
            }
        }
    }

    @Nested
    class Inactive {

        @Test
        void remembersAChatThatBlockedTheBotOnEveryInstance() {
            String chat = UUID.randomUUID().toString();
            new RedisInactiveChats(redis, bot).markInactive(chat);

            assertThat(new RedisInactiveChats(otherInstance, bot).isInactive(chat)).isTrue();
        }

        @Test
        void forgetsItWhenThePersonWritesAgain() {
            var chats = new RedisInactiveChats(redis, bot);
            chats.markInactive("42");

            chats.markActive("42");

            assertThat(chats.isInactive("42")).isFalse();
        }

        @Test
        void takesEveryOtherChatForActive() {
            assertThat(new RedisInactiveChats(redis, bot).isInactive("43")).isFalse();
        }
    }
}
