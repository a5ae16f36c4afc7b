package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.leads.Lead;

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

    /** The person asked to erase everything; stores must forget this conversation. */
    record ConversationErased(ConversationId id) implements DialogueEvent {
    }
}
