package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.chat.AnsweredInputs;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversations;
import io.lettuce.core.Range;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Redis conversations with a sorted set of their ids by last activity
 * ({@code aiguilleur:conversations:active}), so the reminder after a silence and the sweep of
 * abandoned conversations find them without scanning keys. The set is a guide, not the truth:
 * written right after each save ({@link RedisConversations#indexedIn}), trimmed of
 * conversations past the TTL, and an id
 * whose conversation expired is dropped when listed. Listed ids are read a page at a time
 * ({@link ActivityPages}).
 */
final class RedisConversationIndex implements Conversations, AnsweredInputs {

    static final String INDEX = "aiguilleur:conversations:active";

    private final RedisConversations stored;
    private final Redis redis;
    private final Duration ttl;
    private final int pageSize;

    RedisConversationIndex(RedisConversations stored, Redis redis, Duration ttl) {
        this(stored, redis, ttl, ActivityPages.PAGE);
    }

    /** @param pageSize how many ids are read from Redis at a time when listing */
    RedisConversationIndex(RedisConversations stored, Redis redis, Duration ttl, int pageSize) {
        this.stored = stored.indexedIn(INDEX);
        this.redis = redis;
        this.ttl = ttl;
        this.pageSize = pageSize;
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return stored.find(id);
    }

    @Override
    public void save(Conversation conversation) {
        stored.save(conversation);
    }

    @Override
    public void replace(Conversation conversation) {
        stored.replace(conversation);
    }

    @Override
    public void delete(ConversationId id) {
        stored.delete(id);
        redis.call("unindex a conversation", commands -> commands.zrem(INDEX, id.value()));
    }

    @Override
    public Optional<List<Message>> answerTo(ConversationId id, String inputKey) {
        return stored.answerTo(id, inputKey);
    }

    @Override
    public void save(Conversation conversation, String inputKey, List<Message> answer) {
        stored.save(conversation, inputKey, answer);
    }

    @Override
    public void delete(ConversationId id, String inputKey, List<Message> answer) {
        stored.delete(id, inputKey, answer);
        redis.call("unindex a conversation", commands -> commands.zrem(INDEX, id.value()));
    }

    @Override
    public void forgetAnswer(ConversationId id) {
        stored.forgetAnswer(id);
    }

    /** A view read a page at a time while iterated; conversations past the TTL are trimmed first. */
    @Override
    public List<ConversationId> lastActiveBetween(Instant from, Instant to) {
        long expired = Instant.now().minus(ttl).toEpochMilli();
        redis.call("trim the activity index", commands ->
                commands.zremrangebyscore(INDEX, Range.create(Long.MIN_VALUE, expired)));
        return new ActivityPages(redis, INDEX, from.toEpochMilli(), to.toEpochMilli() - 1, pageSize);
    }
}
