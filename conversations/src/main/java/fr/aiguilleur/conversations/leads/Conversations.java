package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.ConversationId;
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
}
