package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.instances.RedisProcess;
import fr.aiguilleur.bot.instances.RedisTopologies;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInQuestion;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RedisCheckInsTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEPT_ENDED = Duration.ofDays(400);
    private static final Redis redis = REDIS.open(url -> new Redis(url, TIMEOUT));
    private static final Redis otherInstance = REDIS.open(url -> new Redis(url, TIMEOUT));

    private final RedisCheckIns checkIns = new RedisCheckIns(redis, KEPT_ENDED);

    @Nested
    class Adding {

        @Test
        void keepsANewCheckInAsWaiting() {
            CheckIn checkIn = waiting(Samples.newConversationId(), Samples.NOW);

            assertThat(checkIns.add(checkIn)).isTrue();

            assertThat(checkIns.find(checkIn.id())).contains(checkIn);
            assertThat(checkIns.waiting()).contains(checkIn);
            assertThat(REDIS.commands().pttl(key(checkIn))).isEqualTo(-1);
        }

        @Test
        void keepsTheFirstWhenAddedTwice() {
            ConversationId id = Samples.newConversationId();
            CheckIn first = waiting(id, Samples.NOW);
            checkIns.add(first);
            CheckIn again = new CheckIn(first.id(), id, Channel.WEB, "en", Samples.NOW.plusSeconds(60), null, "75",
                    List.of(), Decision.BOOK_VISIT, Map.of(), Map.of(), CheckInStatus.WAITING, null, null, null, null,
                    null, null, null, null, 0);

            assertThat(checkIns.add(again)).isFalse();

            assertThat(checkIns.find(first.id())).contains(first);
            assertThat(checkIns.all().stream().filter(stored -> stored.id().equals(first.id()))).hasSize(1);
        }
    }

    @Nested
    class Updating {

        @Test
        void replacesACheckInByItsNextVersion() {
            CheckIn checkIn = added(Samples.newConversationId());
            CheckIn sent = checkIn.sent(Samples.NOW.plusSeconds(3600), "presence", null);

            assertThat(checkIns.update(sent)).isTrue();

            assertThat(checkIns.find(checkIn.id())).contains(sent);
        }

        @Test
        void refusesAStaleVersionAndChangesNothing() {
            CheckIn checkIn = added(Samples.newConversationId());
            CheckIn sent = checkIn.sent(Samples.NOW.plusSeconds(3600), "presence", null);
            checkIns.update(sent);

            assertThat(checkIns.update(checkIn.ended(CheckInStatus.DROPPED, Samples.NOW))).isFalse();
            assertThat(checkIns.update(checkIn.sent(Samples.NOW.plusSeconds(7200), "tools", null))).isFalse();

            assertThat(checkIns.find(checkIn.id())).contains(sent);
            assertThat(REDIS.commands().pttl(key(checkIn))).isEqualTo(-1);
        }

        @Test
        void refusesToUpdateACheckInThatIsGone() {
            CheckIn never = waiting(Samples.newConversationId(), Samples.NOW);

            assertThat(checkIns.update(never.sent(Samples.NOW, null, null))).isFalse();

            assertThat(checkIns.find(never.id())).isEmpty();
            assertThat(REDIS.commands().zscore(RedisCheckIns.WAITING, never.id())).isNull();
        }

        @Test
        void ofTwoInstancesSendingTheSameCheckInOnlyOneStoresIt() throws Exception {
            var onOtherInstance = new RedisCheckIns(otherInstance, KEPT_ENDED);
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    CheckIn read = added(Samples.newConversationId());
                    CheckIn sentHere = read.sent(Samples.NOW.plusSeconds(1), "presence", null);
                    CheckIn sentThere = read.sent(Samples.NOW.plusSeconds(2), "presence", null);
                    var barrier = new CyclicBarrier(2);
                    var here = CompletableFuture.supplyAsync(() -> atOnce(barrier, () -> checkIns.update(sentHere)), two);
                    var there = CompletableFuture.supplyAsync(
                            () -> atOnce(barrier, () -> onOtherInstance.update(sentThere)), two);

                    boolean hereWon = here.get(10, TimeUnit.SECONDS);
                    assertThat(there.get(10, TimeUnit.SECONDS)).isNotEqualTo(hereWon);
                    assertThat(checkIns.find(read.id())).contains(hereWon ? sentHere : sentThere);
                }
            } finally {
                two.shutdownNow();
            }
        }

        private static boolean atOnce(CyclicBarrier barrier, java.util.function.BooleanSupplier update) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return update.getAsBoolean();
        }
    }

    @Nested
    class Listing {

        @Test
        void waitingLeavesOutACheckInOnceSent() {
            ConversationId id = Samples.newConversationId();
            CheckIn sent = added(id);
            CheckIn stillWaiting = added(Samples.newConversationId());

            checkIns.update(sent.sent(Samples.NOW, "presence", null));

            assertThat(checkIns.waiting()).contains(stillWaiting).noneMatch(checkIn -> checkIn.id().equals(sent.id()));
            assertThat(REDIS.commands().zscore(RedisCheckIns.WAITING, sent.id())).isNull();
            assertThat(checkIns.find(sent.id()).orElseThrow().status()).isEqualTo(CheckInStatus.ASKING);
        }

        @Test
        void listsEveryCheckInOldestFirst() {
            ConversationId id = Samples.newConversationId();
            CheckIn later = waiting(id, Samples.NOW.plusSeconds(60));
            CheckIn earlier = waiting(id, Samples.NOW);
            checkIns.add(later);
            checkIns.add(earlier);
            checkIns.update(later.sent(Samples.NOW, null, null));

            assertThat(checkIns.all().stream().filter(checkIn -> checkIn.conversationId().equals(id))
                    .map(CheckIn::id)).containsExactly(earlier.id(), later.id());
            assertThat(checkIns.waiting().stream().filter(checkIn -> checkIn.conversationId().equals(id)))
                    .containsExactly(earlier);
        }
    }

    @Nested
    class Keeping {

        @Test
        void keepsAnAskingCheckInWithoutExpiry() {
            CheckIn checkIn = added(Samples.newConversationId());

            checkIns.update(checkIn.sent(Samples.NOW, "presence", null));

            assertThat(REDIS.commands().pttl(key(checkIn))).isEqualTo(-1);
        }

        @Test
        void keepsAnEndedCheckInWithoutItsAnswersAsLongAsTheAnonymisedDiagnoses() {
            ConversationId id = Samples.newConversationId();
            CheckIn checkIn = added(id);
            CheckIn sent = checkIn.sent(Samples.NOW, "presence", null);
            checkIns.update(sent);

            assertThat(checkIns.update(sent.ended(CheckInStatus.STOPPED, Samples.NOW))).isTrue();

            assertThat(checkIns.find(checkIn.id()).orElseThrow().answers()).as("no postcode, no answer kept").isEmpty();
            assertThat(REDIS.commands().pttl(key(checkIn)))
                    .isBetween(KEPT_ENDED.minusDays(1).toMillis(), KEPT_ENDED.toMillis());
            assertThat(REDIS.commands().pttl("{aiguilleur:checkins}:conversation:" + id))
                    .isBetween(KEPT_ENDED.minusDays(1).toMillis(), KEPT_ENDED.toMillis());
        }

        @Test
        void keepsTheConversationFindableWhileOneOfItsCheckInsIsNotEnded() {
            ConversationId id = Samples.newConversationId();
            CheckIn ended = added(id);
            added(id);

            checkIns.update(ended.ended(CheckInStatus.DROPPED, Samples.NOW));

            assertThat(REDIS.commands().pttl("{aiguilleur:checkins}:conversation:" + id)).isEqualTo(-1);
        }
    }

    @Nested
    class Erasing {

        @Test
        void erasesOnlyTheCheckInsOfTheErasedConversation() {
            ConversationId erased = Samples.newConversationId();
            CheckIn gone = added(erased);
            CheckIn goneToo = added(erased);
            checkIns.update(goneToo.sent(Samples.NOW, null, null));
            CheckIn kept = added(Samples.newConversationId());

            checkIns.eraseFor(erased);

            assertThat(checkIns.find(gone.id())).isEmpty();
            assertThat(checkIns.find(goneToo.id())).isEmpty();
            assertThat(checkIns.find(kept.id())).contains(kept);
            assertThat(checkIns.all()).noneMatch(checkIn -> checkIn.conversationId().equals(erased)).contains(kept);
            assertThat(checkIns.waiting()).noneMatch(checkIn -> checkIn.conversationId().equals(erased)).contains(kept);
            assertThat(REDIS.commands().zscore(RedisCheckIns.WAITING, gone.id())).isNull();
            assertThat(REDIS.commands().zscore("aiguilleur:checkins", gone.id())).isNull();
            assertThat(REDIS.commands().exists("{aiguilleur:checkins}:conversation:" + erased)).isZero();
        }
    }

    @Nested
    class Reading {

        @Test
        void readsBackEveryField() {
            CheckIn full = answering(Samples.newConversationId());
            CheckIn start = new CheckIn(full.id(), full.conversationId(), full.channel(), full.language(),
                    full.agreedAt(), null, null, List.of(), null, Map.of(), Map.of(), CheckInStatus.WAITING,
                    null, null, null, null, null, null, null, null, 0);
            checkIns.add(start);

            assertThat(checkIns.find(start.id())).contains(start);
            assertThat(checkIns.update(full)).isTrue();

            CheckIn read = checkIns.find(full.id()).orElseThrow();
            assertThat(read).isEqualTo(full);
            assertThat(read.change()).isEqualTo(Map.of(Axis.PRESENCE, -30, Axis.STRATEGY, 10));
        }

        @Test
        void readsWhatAnotherConnectionWrote() {
            CheckIn checkIn = added(Samples.newConversationId());

            assertThat(new RedisCheckIns(otherInstance, KEPT_ENDED).find(checkIn.id())).contains(checkIn);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnARedisCluster {

        List<RedisProcess> cluster;
        Redis clustered;

        @BeforeAll
        void start(@TempDir Path dir) {
            cluster = RedisTopologies.cluster(dir, 3);
            clustered = new Redis("", RedisTopologies.clusterNodes(cluster), TIMEOUT);
        }

        @AfterAll
        void stop() {
            if (clustered != null) {
                clustered.close();
            }
            if (cluster != null) {
                cluster.forEach(RedisProcess::kill);
            }
        }

        @Test
        void addsUpdatesAndErasesInOneHashSlot() {
            var onCluster = new RedisCheckIns(clustered, KEPT_ENDED);
            ConversationId id = Samples.newConversationId();
            CheckIn checkIn = waiting(id, Samples.NOW);
            CheckIn other = waiting(Samples.newConversationId(), Samples.NOW);

            assertThat(onCluster.add(checkIn)).isTrue();
            assertThat(onCluster.add(other)).isTrue();
            assertThat(onCluster.add(checkIn)).isFalse();
            CheckIn sent = checkIn.sent(Samples.NOW, "presence", null);
            assertThat(onCluster.update(sent)).isTrue();
            assertThat(onCluster.update(sent)).isFalse();
            assertThat(onCluster.update(sent.ended(CheckInStatus.STOPPED, Samples.NOW))).isTrue();
            assertThat(onCluster.waiting()).containsExactly(other);

            onCluster.eraseFor(id);

            assertThat(onCluster.all()).containsExactly(other);
        }
    }

    private CheckIn added(ConversationId conversationId) {
        CheckIn checkIn = waiting(conversationId, Samples.NOW);
        checkIns.add(checkIn);
        return checkIn;
    }

    private static String key(CheckIn checkIn) {
        return "{aiguilleur:checkins}:checkin:" + checkIn.id();
    }

    /** A check-in just agreed to, as the end of a conversation makes it. */
    static CheckIn waiting(ConversationId conversationId, Instant agreedAt) {
        var scores = new EnumMap<Axis, Integer>(Axis.class);
        scores.put(Axis.PRESENCE, 70);
        scores.put(Axis.STRATEGY, 40);
        return new CheckIn("checkin-" + UUID.randomUUID(), conversationId, Channel.TELEGRAM, "fr", agreedAt, null,
                "33", List.of("france-num", "pix"), Decision.REFER_TO_SERVICES,
                Map.of("postcode", List.of("33210"), "presence", List.of("none")), scores, CheckInStatus.WAITING,
                null, null, null, null, null, null, null, null, 0);
    }

    /** A check-in with every field set: sent, answered up to the visit offer. */
    static CheckIn answering(ConversationId conversationId) {
        var first = new EnumMap<Axis, Integer>(Axis.class);
        first.put(Axis.PRESENCE, 70);
        first.put(Axis.STRATEGY, 40);
        var later = new EnumMap<Axis, Integer>(Axis.class);
        later.put(Axis.PRESENCE, 40);
        later.put(Axis.STRATEGY, 50);
        Instant agreed = Instant.parse("2026-03-01T10:15:30.123Z");
        return new CheckIn("checkin-" + UUID.randomUUID(), conversationId, Channel.WEB, "en", agreed, "lead-42",
                "2A", List.of("france-num"), Decision.BOOK_VISIT,
                Map.of("presence", List.of("website"), "tools", List.of("invoicing", "calendar")), first,
                CheckInStatus.ASKING, agreed.plus(Duration.ofDays(42)), "presence", CheckInQuestion.MORE,
                CheckIn.YES, CheckIn.A_LITTLE, later, Boolean.FALSE, agreed.plus(Duration.ofDays(43)), 1);
    }
}
