package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.dialogue.BookingDraft;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoredReasonsTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    /** The id in the captured conversations of test resources. */
    static final String CAPTURED_ID = "web:946dd394-b258-4df9-aac4-9f2e4e05219a";

    private final RedisConversations conversations = new RedisConversations(redis, Duration.ofDays(30));

    @Nested
    class RoundTrip {

        @Test
        void findsABookingWithItsResultAsSavedThoughItsReasonsAreKeptApart() {
            Conversation walked = walkedBooking(new ConversationId("web:" + UUID.randomUUID()));

            conversations.save(walked);

            assertThat(conversations.find(walked.id())).contains(walked);
            assertThat(REDIS.commands().get(RedisConversations.key(walked.id())))
                    .contains("\"why\":[", "\"demo-261124-1800 60\"")
                    .doesNotContain("Vous n'avez pas encore de projet numérique", "coord", walked.id().value());
        }

        @Test
        void findsAnEnglishBookingWithItsEnglishSlotLabels() {
            Conversation english = english(walkedBooking(new ConversationId("web:" + UUID.randomUUID())));

            conversations.save(english);

            assertThat(conversations.find(english.id())).contains(english);
            assertThat(REDIS.commands().get(RedisConversations.key(english.id()))).contains(" 60 en\"");
        }

        @Test
        void keepsEachReasonInFrenchAndInEnglish() {
            String marker = UUID.randomUUID().toString();
            Conversation booking = Samples.booking(Samples.newConversationId());
            Conversation bilingual = withReasons(booking, List.of(Reason.need("Règle", Axis.PRESENCE, 15,
                    "Raison " + marker + ".", "Reason " + marker + ".")));

            conversations.save(bilingual);

            Conversation found = conversations.find(bilingual.id()).orElseThrow();
            assertThat(found).isEqualTo(bilingual);
            assertThat(found.diagnosis().reasons().get(0).text("en")).isEqualTo("Reason " + marker + ".");
            assertThat(REDIS.commands().hvals(RedisConversations.REASONS))
                    .anyMatch(reason -> reason.contains("\"en\":\"Reason " + marker + ".\""));
        }

        @Test
        void readsAReasonStoredBeforeReasonsHadTwoLanguagesInFrench() {
            Conversation walked = walkedBooking(new ConversationId("web:" + UUID.randomUUID()));

            assertThat(walked.diagnosis().reasons()).isNotEmpty().allSatisfy(reason -> {
                assertThat(reason.english()).isNull();
                assertThat(reason.text("en")).isEqualTo(reason.text());
            });
        }

        @Test
        void findsADiagnosisWithoutReasons() {
            Conversation booking = Samples.booking(Samples.newConversationId());
            Conversation none = withReasons(booking, List.of());

            conversations.save(none);

            assertThat(conversations.find(none.id())).contains(none);
        }
    }

    @Nested
    class Sharing {

        @Test
        void keepsEachReasonOnceWhateverTheNumberOfConversations() {
            String marker = UUID.randomUUID().toString();
            List<Conversation> saved = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                saved.add(withReasons(Samples.booking(Samples.newConversationId()), reasons(marker)));
                conversations.save(saved.get(i));
            }

            assertThat(entriesHolding(marker)).isEqualTo(reasons(marker).size());
            saved.forEach(conversation -> assertThat(conversations.find(conversation.id())).contains(conversation));
        }

        @Test
        void keepsEachReasonOnceWhenConversationsWithTheSameNewReasonsAreSavedAtOnce() throws Exception {
            String marker = UUID.randomUUID().toString();
            var start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            var saves = new ArrayList<Future<Conversation>>();
            try {
                for (int i = 0; i < 40; i++) {
                    Callable<Conversation> save = () -> {
                        Conversation conversation = withReasons(Samples.booking(Samples.newConversationId()),
                                reasons(marker));
                        start.await();
                        conversations.save(conversation);
                        return conversation;
                    };
                    saves.add(pool.submit(save));
                }
                start.countDown();
                for (Future<Conversation> save : saves) {
                    Conversation conversation = save.get(60, TimeUnit.SECONDS);
                    assertThat(conversations.find(conversation.id())).contains(conversation);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(entriesHolding(marker)).isEqualTo(reasons(marker).size());
        }
    }

    @Nested
    class ReasonMissingFromTheTable {

        @Test
        void readsTheConversationWithTheOtherReasons() {
            String marker = UUID.randomUUID().toString();
            Conversation saved = withReasons(Samples.booking(Samples.newConversationId()), reasons(marker));
            conversations.save(saved);
            String lost = REDIS.commands().hgetall(RedisConversations.REASONS).entrySet().stream()
                    .filter(entry -> entry.getValue().contains("deux " + marker)).findFirst().orElseThrow().getKey();

            REDIS.commands().hdel(RedisConversations.REASONS, lost);
            Conversation found = conversations.find(saved.id()).orElseThrow();

            List<Reason> kept = List.of(reasons(marker).get(0), reasons(marker).get(2));
            assertThat(found).isEqualTo(withReasons(saved, kept));
            Conversation next = Samples.answered(found, "sector", "craft");
            conversations.save(next);
            assertThat(conversations.find(saved.id())).contains(next);
        }
    }

    private static long entriesHolding(String marker) {
        return REDIS.commands().hvals(RedisConversations.REASONS).stream().filter(value -> value.contains(marker)).count();
    }

    private static List<Reason> reasons(String marker) {
        return List.of(Reason.need("Règle un", Axis.PRESENCE, 15, "Raison un " + marker + "."),
                Reason.need("Règle deux", Axis.STRATEGY, -20, "Raison deux " + marker + "."),
                Reason.of(Reason.Kind.DECISION, "Règle trois", "Raison trois " + marker + "."));
    }

    static Conversation withReasons(Conversation c, List<Reason> reasons) {
        Diagnosis d = c.diagnosis();
        var diagnosis = new Diagnosis(d.scores(), d.levels(), d.autonomy(), d.decision(), d.priority(), d.services(),
                reasons, d.questionnaireVersion(), d.rulesVersion());
        return new Conversation(c.id(), c.channel(), c.language(), c.questionnaireVersion(), c.step(), c.stepCount(),
                c.answers(), c.selection(), c.history(), c.consentAt(), c.startedAt(), c.updatedAt(), c.nudgedAt(),
                c.source(), diagnosis, c.booking(), c.pending(), c.version());
    }

    /** The walked booking of the resources (21 reasons, 4 slots offered, one chosen) under this id. */
    static Conversation walkedBooking(ConversationId id) {
        return new StoreJson().read(stored("conversation-1-booking-walked.json").replace(CAPTURED_ID, id.value()),
                Conversation.class);
    }

    private static Conversation english(Conversation c) {
        List<VisitSlot> offered = c.booking().offeredSlots().stream().map(slot -> new VisitSlot(slot.id(),
                slot.coordinatorId(), slot.start(), slot.minutes(), SlotLabels.of(slot.start(), "en"))).toList();
        BookingDraft booking = c.booking().withOfferedSlots(offered).withSlot(offered.get(1));
        return new Conversation(c.id(), c.channel(), "en", c.questionnaireVersion(), c.step(), c.stepCount(),
                c.answers(), c.selection(), c.history(), c.consentAt(), c.startedAt(), c.updatedAt(), c.nudgedAt(),
                c.source(), c.diagnosis(), booking, c.pending(), c.version());
    }

    static String stored(String name) {
        try (InputStream in = StoredReasonsTests.class.getResourceAsStream("/stored/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
