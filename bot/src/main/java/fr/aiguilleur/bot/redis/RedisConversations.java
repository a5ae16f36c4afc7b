package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import fr.aiguilleur.conversations.dialogue.Conversations;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Conversations in Redis, one string per conversation (its {@link StoredConversation} JSON, which
 * ends with its version), forgotten after the TTL without activity. A save checks the stored
 * version and writes in one Lua script, so two inputs of one person handled at once, on one
 * instance or two, never overwrite each other. The diagnosis's reasons, the same for everyone on
 * a rules version, are kept once in a shared table ({@value #REASONS}: number to reason,
 * {@value #REASON_NUMBERS}: reason to number; no TTL, no personal data, as many entries as the
 * rules have distinct reasons), filled by the same script before the conversation is written. A
 * conversation stored before (a hash of its version and state) is still read, and replaced by the
 * new form on its next save.
 */
final class RedisConversations implements Conversations {

    static final String PREFIX = "aiguilleur:conversation:";
    static final String REASONS = "aiguilleur:reasons";
    static final String REASON_NUMBERS = "aiguilleur:reasons:numbers";
    private static final long SAVED = -1;

    /** The stored version (a hash's field, or the end of the JSON), or false when nothing is stored. */
    private static final String STORED_VERSION = """
            local kind = redis.call('TYPE', KEYS[1]).ok
            local stored = false
            if kind == 'hash' then
              stored = redis.call('HGET', KEYS[1], 'version')
            elseif kind == 'string' then
              stored = string.match(redis.call('GETRANGE', KEYS[1], -32, -1), '"v":(%d+)}$')
                or tostring(cjson.decode(redis.call('GET', KEYS[1])).v)
            end
            """;

    /**
     * Numbers the reasons (ARGV[7..]), adding the new ones to the table, then writes the
     * conversation whatever was stored (SET replaces a hash too): a replace on its own. With an
     * activity index (KEYS[4]), also notes the conversation there (ARGV[6]) at its last activity
     * (ARGV[5]), in the same step.
     */
    private static final String WRITE = """
            local numbers = {}
            for i = 7, #ARGV do
              local number = redis.call('HGET', KEYS[3], ARGV[i])
              if not number or redis.call('HGET', KEYS[2], number) ~= ARGV[i] then
                number = redis.call('HLEN', KEYS[2]) + 1
                while redis.call('HSETNX', KEYS[2], number, ARGV[i]) == 0 do
                  number = number + 1
                end
                redis.call('HSET', KEYS[3], ARGV[i], number)
              end
              numbers[#numbers + 1] = number
            end
            redis.call('SET', KEYS[1], ARGV[3] .. table.concat(numbers, ',') .. ARGV[4], 'PX', ARGV[2])
            if KEYS[4] then
              redis.call('ZADD', KEYS[4], ARGV[5], ARGV[6])
            end
            return -1
            """;

    /** Returns -1 when saved, else the stored version that did not match ARGV[1]. */
    private static final String SAVE = STORED_VERSION + """
            if stored and stored ~= ARGV[1] then
              return tonumber(stored)
            end
            """ + WRITE;

    private final Redis redis;
    private final StoreJson json = new StoreJson();
    private final Duration ttl;
    /** The keys of the write script after the conversation's own: the table of reasons, and the index if any. */
    private final String[] keys;

    RedisConversations(Redis redis, Duration ttl) {
        this(redis, ttl, new String[] {REASONS, REASON_NUMBERS});
    }

    private RedisConversations(Redis redis, Duration ttl, String[] keys) {
        this.redis = redis;
        this.ttl = ttl;
        this.keys = keys;
    }

    /**
     * The same store, which also notes each conversation it writes in this sorted set, scored by
     * its last activity ({@link Conversations#lastActive}), in the script that writes it.
     */
    RedisConversations indexedIn(String index) {
        return new RedisConversations(redis, ttl, new String[] {REASONS, REASON_NUMBERS, index});
    }

    /** One read; a second one ({@code HMGET}) only for a conversation holding a diagnosis's reasons. */
    @Override
    public Optional<Conversation> find(ConversationId id) {
        String state = redis.call("find a conversation", commands -> state(commands, key(id)));
        return Optional.ofNullable(state).map(stored -> StoredConversation.read(stored, id, json, this::reasons));
    }

    private static String state(RedisCommands<String, String> commands, String key) {
        try {
            return commands.get(key);
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith("WRONGTYPE")) {
                throw e;
            }
            return commands.hget(key, "state");
        }
    }

    private List<String> reasons(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        List<KeyValue<String, String>> found = redis.call("read the reasons of a diagnosis",
                commands -> commands.hmget(REASONS, numbers.toArray(String[]::new)));
        return found.stream().map(reason -> reason.getValueOrElse(null)).toList();
    }

    @Override
    public void save(Conversation conversation) {
        long expected = conversation.version() - 1;
        Long outcome = write("save a conversation", SAVE, conversation, expected);
        if (outcome != SAVED) {
            throw new ConcurrentUpdate(conversation.id().value(), expected, outcome);
        }
    }

    @Override
    public void replace(Conversation conversation) {
        write("replace a conversation", WRITE, conversation, conversation.version());
    }

    private Long write(String what, String script, Conversation conversation, long expected) {
        StoredConversation stored = StoredConversation.of(conversation, json);
        boolean indexed = keys.length > 2;
        String lastActive = indexed ? Long.toString(Conversations.lastActive(conversation).toEpochMilli()) : "";
        String[] arguments = Stream.concat(Stream.of(Long.toString(expected), Long.toString(ttl.toMillis()),
                stored.head(), stored.tail(), lastActive, conversation.id().value()), stored.reasons().stream())
                .toArray(String[]::new);
        String[] written = new String[keys.length + 1];
        written[0] = key(conversation.id());
        System.arraycopy(keys, 0, written, 1, keys.length);
        return redis.call(what, commands -> commands.eval(script, ScriptOutputType.INTEGER, written, arguments));
    }

    @Override
    public void delete(ConversationId id) {
        redis.call("delete a conversation", commands -> commands.del(key(id)));
    }

    static String key(ConversationId id) {
        return PREFIX + id.value();
    }
}
