package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.Lead;
import java.time.Instant;

/** Something that happened in a conversation, for the channels to store or act on. */
public sealed interface DialogueEvent {

    /** The person agreed to answer; answers may be kept from now on. */
    record ConsentGiven(ConversationId id) implements DialogueEvent {
    }

    /** The person answered (or changed) one question. */
    record QuestionAnswered(ConversationId id, String questionId) implements DialogueEvent {
    }

    /** The rules gave their result; the bot stores it anonymised. */
    record DiagnosisCompleted(ConversationId id, Diagnosis diagnosis) implements DialogueEvent {
    }

    /** The person confirmed a visit request; a coordinator will follow it up. */
    record LeadConfirmed(Lead lead) implements DialogueEvent {
    }

    /**
     * The person cancelled a confirmed visit request; its slot is already freed. The lead becomes
     * {@code CANCELLED} and its coordinator should hear of it.
     */
    record LeadCancelled(String leadId) implements DialogueEvent {
    }

    /**
     * The person moved a confirmed visit to another slot, already reserved (the old one is freed);
     * {@code slot} is {@code null} when none suited and a coordinator must call back.
     */
    record LeadRescheduled(String leadId, VisitSlot slot) implements DialogueEvent {
    }

    /** The person asked to erase everything; stores must forget this conversation. */
    record ConversationErased(ConversationId id) implements DialogueEvent {
    }

    /**
     * The person agreed, at the end of the conversation, to be asked weeks later whether it helped.
     *
     * @param checkInId derived from the conversation: agreeing twice is one agreement
     * @param leadId    the visit booked in this conversation, or {@code null} (a referral to services)
     */
    record FollowUpAccepted(String checkInId, ConversationId id, Channel channel, String language, Answers answers,
            Diagnosis diagnosis, String leadId, Instant at) implements DialogueEvent {
    }

    /** The person said "Non merci" to being asked later (after having agreed, or not). */
    record FollowUpDeclined(String checkInId, ConversationId id) implements DialogueEvent {
    }
}
