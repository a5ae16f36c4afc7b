package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.dialogue.BookingDraft;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StoredConversationFormTests {

    /** As StoreJson was configured for every record before conversations had a compact form. */
    private static final ObjectMapper BEFORE = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    private final StoreJson json = new StoreJson();

    @Test
    void readsAConversationStoredBeforeTheCompactForm() {
        Conversation read = json.read(stored("conversation-1-booking-sample.json"), Conversation.class);

        assertThat(read).isEqualTo(Samples.booking(new ConversationId("telegram:8000000001")));
    }

    @Test
    void readsAWalkedBookingStoredBeforeTheCompactFormAsThePreviousServiceDid() throws IOException {
        String old = stored("conversation-1-booking-walked.json");

        Conversation read = json.read(old, Conversation.class);

        assertThat(read).isEqualTo(BEFORE.readValue(old, Conversation.class));
        assertThat(read.diagnosis().reasons()).hasSize(21);
        assertThat(read.booking().offeredSlots()).hasSize(4);
        assertThat(read.booking().email()).isEqualTo("marie-benedicte.delacroix-fontaine@boulangerie-exemple.fr");
    }

    @Test
    void readsBackWhatItWrites() {
        Conversation walked = json.read(stored("conversation-1-booking-walked.json"), Conversation.class);
        Conversation sample = Samples.booking(Samples.newConversationId());
        Conversation opened = Samples.conversation(Samples.newConversationId());

        for (Conversation conversation : List.of(walked, sample, opened)) {
            assertThat(json.read(json.write(conversation), Conversation.class)).isEqualTo(conversation);
        }
    }

    @Test
    void writesShortNamesAndLeavesOutWhatIsEmpty() {
        String written = json.write(Samples.conversation(Samples.newConversationId()));

        assertThat(written).contains("\"qv\":\"v1\"", "\"step\":\"consent\"")
                .doesNotContain("null", "questionnaireVersion", "\"sel\"", "\"hist\"", "\"book\"", "\"dx\"");
    }

    @Test
    void writesAWalkedBookingInLessThanItsPreviousForm() {
        String old = stored("conversation-1-booking-walked.json");

        String written = json.write(json.read(old, Conversation.class));

        assertThat(written.length()).isLessThan(old.length() * 90 / 100);
    }

    @Test
    void keepsARedirectWithoutScoresAndAVisitThePersonAskedFor() {
        var redirect = new Diagnosis(Map.of(), Map.of(), null, Decision.REDIRECT, null, List.of(),
                List.of(Reason.of(Reason.Kind.DECISION, "not a business", "Ce service est fait pour les entreprises.")),
                "v1", "rules-1");
        Conversation c = Samples.conversation(Samples.newConversationId());
        var asked = new Conversation(c.id(), c.channel(), c.language(), c.questionnaireVersion(), "availability",
                c.stepCount(), c.answers(), c.selection(), c.history(), c.consentAt(), c.startedAt(), c.updatedAt(),
                c.nudgedAt(), c.source(), redirect, BookingDraft.start(true), null, 4);

        assertThat(json.read(json.write(asked), Conversation.class)).isEqualTo(asked);
    }

    @Test
    void leavesTheFormOfOtherRecordsAsItWas() throws IOException {
        var lead = Samples.lead(Samples.newConversationId(), Samples.NOW);

        assertThat(json.write(lead)).isEqualTo(BEFORE.writeValueAsString(lead));
    }

    @Test
    void findsAConversationThatThePreviousServiceStoredInRedis() {
        var id = new ConversationId("telegram:" + System.nanoTime());
        String old = stored("conversation-1-booking-sample.json").replace("telegram:8000000001", id.value());
        REDIS.commands().hset(RedisConversations.key(id), Map.of("version", "2", "state", old));

        var store = new RedisConversations(redis, Duration.ofDays(30));
        Conversation found = store.find(id).orElseThrow();
        store.save(Samples.answered(found, "sector", "craft"));

        assertThat(found).isEqualTo(Samples.booking(id));
        assertThat(store.find(id).orElseThrow().answers().single("sector")).contains("craft");
    }

    @Test
    void findsWalkedBookingsThatPreviousServicesStoredInRedisInEitherForm() {
        for (String form : List.of("conversation-1-booking-walked.json", "conversation-2-booking-walked-compact.json")) {
            var id = new ConversationId("web:" + java.util.UUID.randomUUID());
            String old = stored(form).replace(StoredReasonsTests.CAPTURED_ID, id.value());
            REDIS.commands().hset(RedisConversations.key(id), Map.of("version", "38", "state", old));
            var store = new RedisConversations(redis, Duration.ofDays(30));

            Conversation found = store.find(id).orElseThrow();
            Conversation next = Samples.answered(found, "sector", "craft");
            store.save(next);

            assertThat(found).as(form).isEqualTo(StoredReasonsTests.walkedBooking(id));
            assertThat(store.find(id)).as(form).contains(next);
            assertThat(REDIS.commands().type(RedisConversations.key(id))).as(form).isEqualTo("string");
        }
    }

    private static String stored(String name) {
        try (InputStream in = StoredConversationFormTests.class.getResourceAsStream("/stored/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
