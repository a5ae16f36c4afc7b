package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.bot.jobs.InactivityJob;
import fr.aiguilleur.bot.jobs.InactivitySettings;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisConversationIndexTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    /** Long enough that the conversations of the 1990s used here are neither trimmed nor expired. */
    private static final Duration TTL = Duration.ofDays(365 * 60);
    private static final int PAGE = 10;

    private final RedisConversationIndex conversations =
            new RedisConversationIndex(new RedisConversations(redis, TTL), redis, TTL, PAGE);
    /** A moment of its own for each test, as they share the index with every other test. */
    private final Instant base = Instant.parse("1990-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(3_000)));

    /** What each test saved, erased after it: the sweep lists every older conversation of the index. */
    private final List<ConversationId> saved = new ArrayList<>();

    @AfterEach
    void forget() {
        saved.forEach(conversations::delete);
    }

    @Test
    void listsTheConversationsOfTheWindowAcrossPagesOnceEachInOrderOfActivity() {
        List<ConversationId> inside = new ArrayList<>();
        activeAt(base.minusSeconds(1));
        for (int i = 0; i < 25; i++) {
            inside.add(activeAt(base.plusSeconds(i)));
        }
        activeAt(base.plusSeconds(25));

        List<ConversationId> listed = new ArrayList<>();
        conversations.lastActiveBetween(base, base.plusSeconds(25)).forEach(listed::add);

        assertThat(listed).containsExactlyElementsOf(inside);
    }

    @Test
    void listsEveryConversationSharingTheMomentThatEndsAPage() {
        List<ConversationId> inside = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inside.add(activeAt(base.plusSeconds(i < 5 ? 0 : i < 17 ? 1 : 2)));
        }

        List<ConversationId> listed = new ArrayList<>();
        conversations.lastActiveBetween(base, base.plusSeconds(3)).forEach(listed::add);

        assertThat(listed).hasSize(24).containsExactlyInAnyOrderElementsOf(inside);
    }

    @Test
    void skipsNoneWhenTheWalkerDeletesWhatItWalks() {
        for (int i = 0; i < 25; i++) {
            activeAt(base.plusSeconds(i / 3));
        }
        int walked = 0;

        for (ConversationId id : conversations.lastActiveBetween(base, base.plusSeconds(60))) {
            conversations.delete(id);
            walked++;
        }

        assertThat(walked).isEqualTo(25);
        assertThat(conversations.lastActiveBetween(base, base.plusSeconds(60))).isEmpty();
    }

    @Test
    void answersSizeAndPositionsLikeAList() {
        ConversationId first = activeAt(base);
        for (int i = 1; i < 15; i++) {
            activeAt(base.plusSeconds(i));
        }

        var listed = conversations.lastActiveBetween(base, base.plusSeconds(60));

        assertThat(listed).hasSize(15);
        assertThat(listed.get(0)).isEqualTo(first);
    }

    @Test
    void letsTheSweepEraseMoreAbandonedConversationsThanAPage() {
        var clock = new TestClock(base);
        var job = new InactivityJob(conversations,
                new InactivitySettings(Duration.ofHours(24), Duration.ofDays(30), Duration.ofMinutes(15)), List.of(),
                clock);
        List<ConversationId> old = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            old.add(activeAt(base.plusSeconds(i)));
        }
        ConversationId recent = activeAt(base.plus(Duration.ofDays(20)));
        clock.set(base.plus(Duration.ofDays(31)));

        assertThat(job.abandon()).isEqualTo(35);
        assertThat(old).allSatisfy(id -> assertThat(conversations.find(id)).isEmpty());
        assertThat(conversations.find(recent)).isPresent();
    }

    @Test
    void listsAReplacedConversationAtItsNewMoment() {
        ConversationId id = activeAt(base);

        conversations.replace(at(id, base.plusSeconds(30), 1));

        assertThat(conversations.lastActiveBetween(base, base.plusSeconds(60))).containsExactly(id);
        assertThat(conversations.lastActiveBetween(base.plusSeconds(30), base.plusSeconds(31))).containsExactly(id);
    }

    @Test
    void leavesTheIndexAsItWasWhenASaveLosesToAnotherOne() {
        ConversationId id = activeAt(base);

        assertThatThrownBy(() -> conversations.save(at(id, base.plusSeconds(30), 1)))
                .isInstanceOf(ConcurrentUpdate.class);

        assertThat(conversations.lastActiveBetween(base, base.plusSeconds(1))).containsExactly(id);
        assertThat(conversations.lastActiveBetween(base.plusSeconds(1), base.plusSeconds(60))).isEmpty();
    }

    /** A conversation in the middle of the questions whose person last wrote at that moment. */
    private ConversationId activeAt(Instant at) {
        var id = new ConversationId("telegram:" + UUID.randomUUID());
        conversations.save(at(id, at, 1));
        saved.add(id);
        return id;
    }

    private static Conversation at(ConversationId id, Instant at, long version) {
        return new Conversation(id, Channel.TELEGRAM, "fr", "v1", "sector", 2,
                Answers.none().with("role", List.of("owner")), null, List.of("role"), at, at, at, null, null, null,
                null, null, version);
    }
}
