package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;

/** Something a channel gives beside a message's text, made by the channel from these facts. */
public sealed interface Attachment {

    /** The result card of a diagnosis (a picture with its text alternative). */
    record ResultCard(Diagnosis diagnosis, String language) implements Attachment {
    }

    /**
     * The calendar invite of a booked visit.
     *
     * @param leadId      the visit's lead (the invite's stable id)
     * @param slot        the slot booked (its start is in the coordinator's zone)
     * @param visitFormat onsite, phone or video
     * @param language    "fr" or "en"
     * @param place       the person's postcode (their time zone), or {@code null}
     */
    record Invite(String leadId, VisitSlot slot, String visitFormat, String language, String place)
            implements Attachment {
    }

    /** What is kept about the person of this conversation, as a file (GDPR articles 15 and 20). */
    record PersonalData(ConversationId conversationId, String language) implements Attachment {
    }
}
