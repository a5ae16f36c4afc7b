package fr.aiguilleur.bot.support;

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
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Conversations, diagnoses and leads filled in the way the dialogue fills them, for store and channel tests. */
public final class Samples {

    public static final Instant NOW = Instant.parse("2026-05-12T09:30:00Z");

    private Samples() {
    }

    /** A conversation id no other test uses. */
    public static ConversationId newConversationId() {
        return new ConversationId("telegram:" + UUID.randomUUID());
    }

    /** A new conversation waiting for consent, at version 0. */
    public static Conversation conversation(ConversationId id) {
        return Conversation.open(id, Channel.TELEGRAM, "fr", "v1", "consent", "salon-2026", NOW);
    }

    /** The conversation after one more answer: the next version. */
    public static Conversation answered(Conversation conversation, String question, String option) {
        var c = conversation;
        return new Conversation(c.id(), c.channel(), c.language(), c.questionnaireVersion(), question,
                c.stepCount() + 1, c.answers().with(question, List.of(option)), c.selection(),
                append(c.history(), question), c.consentAt() == null ? NOW : c.consentAt(), c.startedAt(),
                NOW, c.nudgedAt(), c.source(), c.diagnosis(), c.booking(), c.pending(), c.version() + 1);
    }

    /** A conversation far along: diagnosis made, visit being booked. */
    public static Conversation booking(ConversationId id) {
        var c = answered(answered(conversation(id), "role", "owner"), "postcode", "33210");
        var booking = BookingDraft.start(false).withAvailability(List.of("early", "evening"))
                .withVisitFormat("onsite").withSlot(slot()).withFirstName("Élodie")
                .withContactChannel("phone").withPhone("+33612345678");
        return new Conversation(c.id(), c.channel(), c.language(), c.questionnaireVersion(), "confirm",
                c.stepCount(), c.answers(), List.of("early"), c.history(), c.consentAt(), c.startedAt(),
                c.updatedAt(), NOW, c.source(), diagnosis(), booking, Conversation.Pending.RESTART, c.version());
    }

    public static Diagnosis diagnosis() {
        return new Diagnosis(
                Map.of(Axis.ADMINISTRATIVE, 70, Axis.PRESENCE, 45, Axis.INTERNAL_TOOLS, 20, Axis.STRATEGY, 55),
                Map.of(Axis.ADMINISTRATIVE, Level.HIGH, Axis.PRESENCE, Level.MEDIUM, Axis.INTERNAL_TOOLS,
                        Level.LOW, Axis.STRATEGY, Level.MEDIUM),
                Level.LOW, Decision.BOOK_VISIT, Priority.HIGH, List.of("france-num"),
                List.of(Reason.need("démarches difficiles", Axis.ADMINISTRATIVE, 30,
                                "Vos démarches en ligne sont compliquées."),
                        Reason.need("pas de site", Axis.PRESENCE, 25, "Vos clients ne vous trouvent pas <en ligne>."),
                        Reason.of(Reason.Kind.DECISION, "besoin fort", "Un conseiller peut vous aider sur place.")),
                "v1", "rules-abc123");
    }

    public static VisitSlot slot() {
        return new VisitSlot("c7-20260519-0900", "c7", LocalDateTime.parse("2026-05-19T09:00"), 60,
                "mardi 19 mai, 9 h");
    }

    public static Lead lead(ConversationId conversationId, Instant createdAt) {
        return new Lead(UUID.randomUUID().toString(), conversationId, Channel.TELEGRAM, "salon-2026", createdAt,
                "Élodie", "phone", "+33612345678", null, "33210", "33", diagnosis(), List.of("early", "evening"),
                "onsite", slot(), false, LeadStatus.NEW);
    }

    public static StoredDiagnosis storedDiagnosis(ConversationId conversationId, Instant at) {
        var answers = Answers.none().with("role", List.of("owner")).with("postcode", List.of("33210"))
                .with("presence", List.of("site", "social"));
        return StoredDiagnosis.of(conversationId.value(), answers, diagnosis(), at);
    }

    private static List<String> append(List<String> list, String item) {
        var copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
