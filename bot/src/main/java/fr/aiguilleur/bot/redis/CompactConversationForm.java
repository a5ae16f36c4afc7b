package fr.aiguilleur.bot.redis;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.diagnosis.Reason;
import fr.aiguilleur.conversations.dialogue.BookingDraft;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a conversation, smaller than the records' own JSON (Redis keeps one per
 * person for 30 days): short property names, and nothing written for a null, an empty list or a
 * false. The names are part of the stored data: never rename one; a new property gets a new name.
 * Every property also answers to the record's own name ({@link JsonAlias}), so conversations
 * stored before this form (2026-11) are still read. Used for conversations only; leads,
 * diagnoses and the other stored records keep the records' own JSON.
 */
final class CompactConversationForm {

    private CompactConversationForm() {
    }

    /** Adds the compact names to a mapper that reads and writes conversations. */
    static JsonMapper.Builder on(JsonMapper.Builder builder) {
        return builder
                .addMixIn(Conversation.class, ConversationNames.class)
                .addMixIn(ConversationId.class, IdNames.class)
                .addMixIn(Answers.class, AnswersNames.class)
                .addMixIn(Diagnosis.class, DiagnosisNames.class)
                .addMixIn(Reason.class, ReasonNames.class)
                .addMixIn(BookingDraft.class, BookingNames.class)
                .addMixIn(VisitSlot.class, SlotNames.class);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ConversationNames {
        @JsonProperty("ch") @JsonAlias("channel") abstract Channel channel();
        @JsonProperty("lang") @JsonAlias("language") abstract String language();
        @JsonProperty("qv") @JsonAlias("questionnaireVersion") abstract String questionnaireVersion();
        @JsonProperty("n") @JsonAlias("stepCount") abstract long stepCount();
        @JsonProperty("ans") @JsonAlias("answers") abstract Answers answers();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonProperty("sel") @JsonAlias("selection") abstract List<String> selection();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonProperty("hist") @JsonAlias("history") abstract List<String> history();
        @JsonProperty("consent") @JsonAlias("consentAt") abstract Instant consentAt();
        @JsonProperty("start") @JsonAlias("startedAt") abstract Instant startedAt();
        @JsonProperty("upd") @JsonAlias("updatedAt") abstract Instant updatedAt();
        @JsonProperty("nudged") @JsonAlias("nudgedAt") abstract Instant nudgedAt();
        @JsonProperty("src") @JsonAlias("source") abstract String source();
        @JsonProperty("dx") @JsonAlias("diagnosis") abstract Diagnosis diagnosis();
        @JsonProperty("book") @JsonAlias("booking") abstract BookingDraft booking();
        @JsonProperty("pend") @JsonAlias("pending") abstract Conversation.Pending pending();
        @JsonProperty("v") @JsonAlias("version") abstract long version();
    }

    abstract static class IdNames {
        @JsonProperty("v") @JsonAlias("value") abstract String value();
    }

    abstract static class AnswersNames {
        @JsonProperty("q") @JsonAlias("byQuestion") abstract Map<String, List<String>> byQuestion();
    }

    /** The lists and maps of a diagnosis are written even when empty: its record refuses nulls. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class DiagnosisNames {
        @JsonProperty("sc") @JsonAlias("scores") abstract Map<Axis, Integer> scores();
        @JsonProperty("lv") @JsonAlias("levels") abstract Map<Axis, Level> levels();
        @JsonProperty("aut") @JsonAlias("autonomy") abstract Level autonomy();
        @JsonProperty("dec") @JsonAlias("decision") abstract Decision decision();
        @JsonProperty("prio") @JsonAlias("priority") abstract Priority priority();
        @JsonProperty("svc") @JsonAlias("services") abstract List<String> services();
        @JsonProperty("why") @JsonAlias("reasons") abstract List<Reason> reasons();
        @JsonProperty("qv") @JsonAlias("questionnaireVersion") abstract String questionnaireVersion();
        @JsonProperty("rv") @JsonAlias("rulesVersion") abstract String rulesVersion();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ReasonNames {
        @JsonProperty("k") @JsonAlias("kind") abstract Reason.Kind kind();
        @JsonProperty("r") @JsonAlias("rule") abstract String rule();
        @JsonProperty("ax") @JsonAlias("axis") abstract Axis axis();
        @JsonProperty("pts") @JsonAlias("points") abstract Integer points();
        @JsonProperty("t") @JsonAlias("text") abstract String text();
        @JsonProperty("en") @JsonAlias("english") abstract String english();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class BookingNames {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        @JsonProperty("asked") @JsonAlias("requestedByPerson") abstract boolean requestedByPerson();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonProperty("avail") @JsonAlias("availability") abstract List<String> availability();
        @JsonProperty("fmt") @JsonAlias("visitFormat") abstract String visitFormat();
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @JsonProperty("offered") @JsonAlias("offeredSlots") abstract List<VisitSlot> offeredSlots();
        @JsonProperty("slot") abstract VisitSlot slot();
        @JsonProperty("name") @JsonAlias("firstName") abstract String firstName();
        @JsonProperty("via") @JsonAlias("contactChannel") abstract String contactChannel();
        @JsonProperty("phone") abstract String phone();
        @JsonProperty("email") abstract String email();
        @JsonProperty("lead") @JsonAlias("leadId") abstract String leadId();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class SlotNames {
        @JsonProperty("coord") @JsonAlias("coordinatorId") abstract String coordinatorId();
        @JsonProperty("at") @JsonAlias("start") abstract LocalDateTime start();
        @JsonProperty("min") @JsonAlias("minutes") abstract int minutes();
    }
}
