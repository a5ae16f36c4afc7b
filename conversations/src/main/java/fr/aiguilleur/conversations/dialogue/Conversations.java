package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The conversations in progress. A conversation holds answers (and, while booking, contact
 * details): stores forget it after 30 days without activity.
 */
public interface Conversations {

    Optional<Conversation> find(ConversationId id);

    /**
     * Saves a conversation whose {@code version} is one more than the stored one; a conversation
     * not stored yet is saved whatever its version.
     *
     * @throws ConcurrentUpdate when the stored version is not {@code conversation.version() - 1}
     */
    void save(Conversation conversation);

    void delete(ConversationId id);

    /**
     * Saves a new conversation in place of any stored with its id, whatever their versions, in
     * one step where the store allows: nobody sees the id without a conversation in between. Later
     * saves are checked against the new conversation's version.
     */
    default void replace(Conversation conversation) {
        delete(conversation.id());
        save(conversation);
    }

    /**
     * The conversations whose person last wrote at or after {@code from} and before {@code to}, for
     * the reminder after a silence and the erasure of abandoned conversations. A store that cannot
     * list returns none: its conversations are then neither reminded nor swept (it must expire
     * them itself).
     */
    default List<ConversationId> lastActiveBetween(Instant from, Instant to) {
        return List.of();
    }

    /** When the person last wrote (or the conversation was opened). */
    static Instant lastActive(Conversation conversation) {
        return conversation.updatedAt() != null ? conversation.updatedAt() : conversation.startedAt();
    }
}
