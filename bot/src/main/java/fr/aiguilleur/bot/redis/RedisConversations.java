package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.ConversationId;
import fr.aiguilleur.conversations.leads.ConcurrentUpdate;
import fr.aiguilleur.conversations.leads.Conversations;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Optional;

/**
 * Conversations in Redis, one hash per conversation (state as JSON, version), forgotten after the
 * TTL without activity. A save checks the stored version and writes in one Lua script, so two
 * inputs of one person handled at once, on one instance or two, never overwrite each other.
 */
final class RedisConversations implements Conversations {

    static final String PREFIX = "aiguilleur:conversation:";
    private static final long SAVED = -1;

    /** Returns -1 when saved, else the stored version that did not match. */
    private static final String SAVE = """
            local stored = redis.call('HGET', KEYS[1], 'version')
            if stored and stored ~= ARGV[1] then
              return tonumber(stored)
            end
            redis.call('HSET', KEYS[1], 'version', ARGV[2], 'state', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return -1
            """;

    /** Stores a conversation whatever was stored, in place of the old hash (no field of it left). */
    private static final String REPLACE = """
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'version', ARGV[1], 'state', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """;

    private final Redis redis;
    private final StoreJson json = new StoreJson();
    private final Duration ttl;

    RedisConversations(Redis redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        String state = redis.call("find a conversation", commands -> commands.hget(key(id), "state"));
        return Optional.ofNullable(state).map(stored -> json.read(stored, Conversation.class));
    }

    @Override
    public void save(Conversation conversation) {
        long expected = conversation.version() - 1;
        String state = json.write(conversation);
        Long outcome = redis.call("save a conversation", commands -> commands.eval(SAVE, ScriptOutputType.INTEGER,
                new String[] {key(conversation.id())}, Long.toString(expected),
                Long.toString(conversation.version()), state, Long.toString(ttl.toMillis())));
        if (outcome != SAVED) {
            throw new ConcurrentUpdate(conversation.id().value(), expected, outcome);
        }
    }

    @Override
    public void replace(Conversation conversation) {
        String state = json.write(conversation);
        redis.call("replace a conversation", commands -> commands.eval(REPLACE, ScriptOutputType.INTEGER,
                new String[] {key(conversation.id())}, Long.toString(conversation.version()), state,
                Long.toString(ttl.toMillis())));
    }

    @Override
    public void delete(ConversationId id) {
        redis.call("delete a conversation", commands -> commands.del(key(id)));
    }

    static String key(ConversationId id) {
        return PREFIX + id.value();
    }
}
