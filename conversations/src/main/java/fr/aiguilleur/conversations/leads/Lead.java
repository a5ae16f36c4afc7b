package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.dialogue.Channel;
import fr.aiguilleur.conversations.dialogue.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person who asked for a coordinator's visit, with what a coordinator needs to follow it up. The
 * only record holding contact details; kept 12 months (see {@link Leads}).
 *
 * @param id                random UUID
 * @param contactChannel    phone, email or telegram
 * @param phone             E.164, or {@code null}
 * @param email             or {@code null}
 * @param availability      {@code availability} option ids
 * @param visitFormat       {@code visit_format} option id
 * @param slot              the slot reserved, {@code null} when a coordinator must call back
 * @param requestedByPerson true when the rules did not propose the visit but the person asked
 */
public record Lead(
        String id,
        ConversationId conversationId,
        Channel channel,
        String source,
        Instant createdAt,
        String firstName,
        String contactChannel,
        String phone,
        String email,
        String postcode,
        String departement,
        Diagnosis diagnosis,
        List<String> availability,
        String visitFormat,
        VisitSlot slot,
        boolean requestedByPerson,
        LeadStatus status) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /** The same lead with another status. */
    public Lead withStatus(LeadStatus newStatus) {
        return new Lead(id, conversationId, channel, source, createdAt, firstName, contactChannel, phone, email,
                postcode, departement, diagnosis, availability, visitFormat, slot, requestedByPerson, newStatus);
    }
}
