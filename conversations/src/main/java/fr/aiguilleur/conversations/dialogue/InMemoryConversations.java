package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Conversations kept in memory (tests, and a single instance without Redis). Thread-safe. */
public final class InMemoryConversations implements Conversations {

    private final ConcurrentMap<ConversationId, Conversation> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void save(Conversation conversation) {
        byId.compute(conversation.id(), (id, stored) -> {
            if (stored != null && stored.version() != conversation.version() - 1) {
                throw new ConcurrentUpdate(id.value(), conversation.version() - 1, stored.version());
            }
            return conversation;
        });
    }

    @Override
    public void replace(Conversation conversation) {
        byId.put(conversation.id(), conversation);
    }

    @Override
    public void delete(ConversationId id) {
        byId.remove(id);
    }

    @Override
    public List<ConversationId> lastActiveBetween(Instant from, Instant to) {
        return byId.values().stream()
                .filter(conversation -> {
                    Instant last = Conversations.lastActive(conversation);
                    return !last.isBefore(from) && last.isBefore(to);
                })
                .map(Conversation::id)
                .toList();
    }
}
