package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The last messages sent to each web conversation, to show them again when the page is reloaded.
 * Kept in memory only, for the most recent conversations; forgotten when a person erases theirs.
 */
@Component
class LastReplies {

    static final int CAPACITY = 5_000;

    private final Map<ConversationId, List<Message>> byConversation = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ConversationId, List<Message>> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void keep(ConversationId id, List<Message> messages) {
        if (!messages.isEmpty()) {
            byConversation.put(id, List.copyOf(messages));
        }
    }

    synchronized Optional<List<Message>> find(ConversationId id) {
        return Optional.ofNullable(byConversation.get(id));
    }

    synchronized void forget(ConversationId id) {
        byConversation.remove(id);
    }
}
