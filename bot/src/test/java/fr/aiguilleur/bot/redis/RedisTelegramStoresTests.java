package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.telegram.UpdateInbox;
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
    class TheInbox {

        private final Duration lease = Duration.ofSeconds(5);

        @Test
        void storesAnUpdateTheFirstTimeOnlyOnEveryInstance() {
            var inbox = new RedisUpdateInbox(redis, bot);

            assertThat(inbox.store(42, 1, "{}")).isTrue();
            assertThat(new RedisUpdateInbox(otherInstance, bot).store(42, 1, "{}")).isFalse();
            assertThat(new RedisUpdateInbox(redis, bot + "0").store(42, 1, "{}")).isTrue();
        }

        @Test
        void remembersAnUpdateIdForADay() {
            new RedisUpdateInbox(redis, bot).store(42, 9, "{}");

            long ttl = REDIS.commands().ttl("{aiguilleur:telegram:" + bot + "}:seen:9");
            assertThat(ttl).isBetween(86_000L, 86_400L);
        }

        @Test
        void givesAChatToOneWorkerAtATimeWithItsUpdatesOldestFirst() {
            var inbox = new RedisUpdateInbox(redis, bot);
            inbox.store(42, 1, "{\"a\":1}");
            inbox.store(42, 2, "{\"a\":2}");

            assertThat(inbox.claim("w1", lease)).contains(42L);
            assertThat(new RedisUpdateInbox(otherInstance, bot).claim("w2", lease)).isEmpty();
            assertThat(inbox.oldest(42)).contains(new UpdateInbox.Pending(1, "{\"a\":1}", 0));
            assertThat(inbox.done(42, 1, "w1")).isTrue();
            assertThat(inbox.oldest(42)).contains(new UpdateInbox.Pending(2, "{\"a\":2}", 0));
        }

        @Test
        void leavesTheChatOfAWorkerThatStoppedToAnotherWhenItsLeaseRunsOut() {
            var inbox = new RedisUpdateInbox(redis, bot);
            inbox.store(43, 1, "{}");
            inbox.claim("crashed", Duration.ofMillis(300));
            var other = new RedisUpdateInbox(otherInstance, bot);

            await().atMost(Duration.ofSeconds(5)).until(() -> other.claim("w2", lease).isPresent());

            assertThat(inbox.sending(43, 1, 0, "crashed")).isFalse();
            assertThat(inbox.done(43, 1, "crashed")).isFalse();
            assertThat(other.oldest(43)).isPresent();
        }

        @Test
        void remembersTheRepliesNotedBeforeACrash() {
            var inbox = new RedisUpdateInbox(redis, bot);
            inbox.store(44, 5, "{}");
            inbox.claim("w1", lease);

            assertThat(inbox.sending(44, 5, 0, "w1")).isTrue();
            assertThat(inbox.sending(44, 5, 1, "w1")).isTrue();

            assertThat(inbox.oldest(44)).contains(new UpdateInbox.Pending(5, "{}", 2));
        }

        @Test
        void forgetsAnEmptyChatWhenItIsGivenBackAndTakesItAgainWithANewUpdate() {
            var inbox = new RedisUpdateInbox(redis, bot);
            inbox.store(45, 1, "{}");
            inbox.claim("w1", lease);
            inbox.done(45, 1, "w1");
            inbox.release(45, "w1");

            assertThat(inbox.claim("w1", lease)).isEmpty();
            inbox.store(45, 2, "{}");
            assertThat(inbox.claim("w1", lease)).contains(45L);
        }

        @Test
        void failsAsAStoreWhenRedisIsDown() {
            try (var down = new Redis(RedisExtension.closedPortUrl(), Duration.ofMillis(300))) {
                assertThatThrownBy(() -> new RedisUpdateInbox(down, bot).store(1, 1, "{}"))
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
