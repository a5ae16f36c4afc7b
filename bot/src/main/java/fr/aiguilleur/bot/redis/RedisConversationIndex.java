package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.ConversationId;
import fr.aiguilleur.conversations.leads.Conversations;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Redis conversations with a sorted set of their ids by last activity
 * ({@code aiguilleur:conversations:active}), so the reminder after a silence and the sweep of
 * abandoned conversations find them without scanning keys. The set is a guide, not the truth:
 * written after each save, trimmed of conversations past the TTL, and an id whose conversation
 * expired is dropped when listed.
 */
final class RedisConversationIndex implements Conversations {

    static final String INDEX = "aiguilleur:conversations:active";

    private final Conversations stored;
    private final Redis redis;
    private final Duration ttl;

    RedisConversationIndex(Conversations stored, Redis redis, Duration ttl) {
        this.stored = stored;
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return stored.find(id);
    }

    @Override
    public void save(Conversation conversation) {
        stored.save(conversation);
        index(conversation);
    }

    private void index(Conversation conversation) {
        long score = Conversations.lastActive(conversation).toEpochMilli();
        redis.call("index a conversation", commands -> commands.zadd(INDEX, score, conversation.id().value()));
    }

    @Override
    public void replace(Conversation conversation) {
        stored.replace(conversation);
        index(conversation);
    }

    @Override
    public void delete(ConversationId id) {
        stored.delete(id);
        redis.call("unindex a conversation", commands -> commands.zrem(INDEX, id.value()));
    }

    @Override
    public List<ConversationId> lastActiveBetween(Instant from, Instant to) {
        long expired = Instant.now().minus(ttl).toEpochMilli();
        List<String> ids = redis.call("list conversations by activity", commands -> {
            commands.zremrangebyscore(INDEX, Range.create(Long.MIN_VALUE, expired));
            return commands.zrangebyscore(INDEX, Range.create(from.toEpochMilli(), to.toEpochMilli() - 1));
        });
        return ids.stream().map(ConversationId::new).toList();
    }
}
