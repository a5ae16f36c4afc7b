package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.List;
import java.util.Optional;

/** The visit requests for coordinators. Leads are kept for the configured retention after the last contact (see {@link LeadRetention}), then purged. */
public interface Leads {

    /** Saves a new lead or replaces the lead with the same id. */
    void save(Lead lead);

    Optional<Lead> find(String id);

    /** Every lead, oldest first. */
    List<Lead> all();

    /** The leads of one conversation, oldest first. */
    default List<Lead> of(ConversationId conversationId) {
        return all().stream().filter(lead -> lead.conversationId().equals(conversationId)).toList();
    }

    /** Forgets every lead of this conversation (the person used /oubli). */
    void eraseFor(ConversationId conversationId);
}
