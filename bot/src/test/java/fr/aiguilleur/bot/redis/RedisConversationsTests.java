package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisConversationsTests {

    private static final Duration TTL = Duration.ofDays(30);

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
    private static final Redis otherInstance = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    private final RedisConversations conversations = new RedisConversations(redis, TTL);

    @Nested
    class RoundTrip {

        @Test
        void findsTheConversationAsSaved() {
            Conversation booking = Samples.booking(Samples.newConversationId());
            conversations.save(booking);

            assertThat(conversations.find(booking.id())).contains(booking);
        }

        @Test
        void findsNothingForAConversationNeverSaved() {
            assertThat(conversations.find(Samples.newConversationId())).isEmpty();
        }

        @Test
        void forgetsADeletedConversation() {
            Conversation conversation = Samples.conversation(Samples.newConversationId());
            conversations.save(conversation);

            conversations.delete(conversation.id());

            assertThat(conversations.find(conversation.id())).isEmpty();
        }

        @Test
        void readsWhatAnotherConnectionWrote() {
            Conversation booking = Samples.booking(Samples.newConversationId());
            conversations.save(booking);

            try (Redis restarted = new Redis(REDIS.url(), Duration.ofSeconds(2))) {
                assertThat(new RedisConversations(restarted, TTL).find(booking.id())).contains(booking);
            }
        }
    }

    @Nested
    class VersionCheck {

        @Test
        void savesTheNextVersion() {
            Conversation first = Samples.conversation(Samples.newConversationId());
            conversations.save(first);
            Conversation second = Samples.answered(first, "role", "owner");

            conversations.save(second);

            assertThat(conversations.find(first.id())).contains(second);
        }

        @Test
        void rejectsTheSecondOfTwoUpdatesMadeFromTheSameVersion() {
            Conversation first = Samples.conversation(Samples.newConversationId());
            conversations.save(first);
            conversations.save(Samples.answered(first, "role", "owner"));

            assertThatThrownBy(() -> conversations.save(Samples.answered(first, "role", "creator")))
                    .isInstanceOf(ConcurrentUpdate.class);
            assertThat(conversations.find(first.id()).orElseThrow().answers().single("role")).contains("owner");
        }

        @Test
        void rejectsAVersionThatSkipsAhead() {
            Conversation first = Samples.conversation(Samples.newConversationId());
            conversations.save(first);
            Conversation skipping = Samples.answered(Samples.answered(first, "role", "owner"), "sector", "craft");

            assertThatThrownBy(() -> conversations.save(skipping)).isInstanceOf(ConcurrentUpdate.class);
        }

        @Test
        void savesANewConversationWhateverItsVersion() {
            Conversation later = Samples.answered(Samples.conversation(Samples.newConversationId()), "role", "owner");

            conversations.save(later);

            assertThat(conversations.find(later.id())).contains(later);
        }

        @RepeatedTest(3)
        void losesNoAnswerWhenTwoInstancesUpdateOneConversationAtOnce() throws Exception {
            ConversationId id = Samples.newConversationId();
            conversations.save(Samples.conversation(id));
            var stores = List.of(conversations, new RedisConversations(otherInstance, TTL));
            int writers = 8;
            int answersEach = 25;
            var conflicts = new AtomicInteger();
            var start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                var done = new ArrayList<Future<?>>();
                for (int w = 0; w < writers; w++) {
                    RedisConversations store = stores.get(w % 2);
                    String writer = "w" + w;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int a = 0; a < answersEach; a++) {
                            addAnswer(store, id, writer + "-" + a, conflicts);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> writer : done) {
                    writer.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            Conversation result = conversations.find(id).orElseThrow();
            assertThat(result.answers().byQuestion()).hasSize(writers * answersEach);
            assertThat(result.version()).isEqualTo(writers * answersEach);
            assertThat(conflicts).as("updates that had to be read again").hasPositiveValue();
        }

        /** Read, change, save; read again on a conflict, as the switchboard does. */
        private void addAnswer(RedisConversations store, ConversationId id, String question, AtomicInteger conflicts) {
            while (true) {
                Conversation current = store.find(id).orElseThrow();
                try {
                    store.save(Samples.answered(current, question, "yes"));
                    return;
                } catch (ConcurrentUpdate e) {
                    conflicts.incrementAndGet();
                }
            }
        }
    }

    @Nested
    class Replacing {

        @Test
        void storesTheNewConversationWhateverTheStoredVersion() {
            Conversation old = Samples.answered(Samples.conversation(Samples.newConversationId()), "role", "owner");
            conversations.save(old);
            Conversation fresh = Samples.conversation(old.id());

            conversations.replace(fresh);

            assertThat(conversations.find(old.id())).contains(fresh);
        }

        @Test
        void refusesATurnOfTheReplacedConversationStoredAfterwards() {
            Conversation first = Samples.conversation(Samples.newConversationId());
            Conversation old = Samples.answered(first, "role", "owner");
            conversations.save(first);
            conversations.save(old);

            conversations.replace(first);

            assertThatThrownBy(() -> conversations.save(Samples.answered(old, "sector", "craft")))
                    .isInstanceOf(ConcurrentUpdate.class);
            assertThat(conversations.find(first.id())).contains(first);
        }

        @Test
        void keepsTheNewConversationForTheConfiguredTime() {
            Conversation conversation = Samples.conversation(Samples.newConversationId());
            conversations.save(conversation);

            new RedisConversations(redis, Duration.ofHours(2)).replace(conversation);

            assertThat(REDIS.commands().pttl(RedisConversations.key(conversation.id())))
                    .isBetween(Duration.ofHours(2).minusMinutes(1).toMillis(), Duration.ofHours(2).toMillis());
        }
    }

    @Nested
    class Expiry {

        @Test
        void keepsAConversationForTheConfiguredTime() {
            Conversation conversation = Samples.conversation(Samples.newConversationId());
            new RedisConversations(redis, Duration.ofHours(2)).save(conversation);

            long ttl = REDIS.commands().pttl(RedisConversations.key(conversation.id()));

            assertThat(ttl).isBetween(Duration.ofHours(2).minusMinutes(1).toMillis(), Duration.ofHours(2).toMillis());
        }

        @Test
        void restartsTheClockOnEachSave() {
            Conversation first = Samples.conversation(Samples.newConversationId());
            new RedisConversations(redis, Duration.ofMinutes(5)).save(first);

            conversations.save(Samples.answered(first, "role", "owner"));

            assertThat(REDIS.commands().pttl(RedisConversations.key(first.id()))).isGreaterThan(Duration.ofDays(29).toMillis());
        }

        @Test
        void forgetsAConversationOnceItsTimeIsUp() {
            Conversation conversation = Samples.conversation(Samples.newConversationId());
            new RedisConversations(redis, Duration.ofMillis(50)).save(conversation);

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(conversations.find(conversation.id())).isEmpty());
        }
    }
}
