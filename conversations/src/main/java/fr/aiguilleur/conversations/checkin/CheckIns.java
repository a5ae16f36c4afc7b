package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.List;
import java.util.Optional;

/**
 * The check-ins agreed to, shared by every instance. Each change is stored with the version it
 * came from, so two instances (or two taps) never both act on one check-in.
 */
public interface CheckIns {

    /**
     * Keeps a new check-in (version 0); false when one with this id is already kept (the person
     * agreed twice), which is left as it is.
     */
    boolean add(CheckIn checkIn);

    /**
     * Replaces a check-in by its next version.
     *
     * @return false when the stored check-in is not at {@code checkIn.version() - 1} (someone else
     *         changed it first) or is gone: nothing was changed
     */
    boolean update(CheckIn checkIn);

    Optional<CheckIn> find(String id);

    /** The check-ins still waiting for their day. */
    List<CheckIn> waiting();

    /** Every check-in, oldest first (for the indicators). */
    List<CheckIn> all();

    /** The check-ins agreed to in this conversation, oldest first. */
    default List<CheckIn> of(ConversationId conversationId) {
        return all().stream().filter(checkIn -> checkIn.conversationId().equals(conversationId)).toList();
    }

    /** Forgets the check-ins of this conversation (the person used /oubli, or was erased). */
    void eraseFor(ConversationId conversationId);
}
