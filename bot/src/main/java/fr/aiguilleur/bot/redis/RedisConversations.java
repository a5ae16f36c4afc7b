package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.Message;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Conversations in Redis, one string per conversation (its {@link StoredConversation} JSON, which
 * ends with its version), forgotten after the TTL without activity. A save checks the stored
 * version and writes in one Lua script, so two inputs of one person handled at once, on one
 * instance or two, never overwrite each other. The diagnosis's reasons, the same for everyone on
 * a rules version, are kept once in a shared table ({@value #REASONS}: number to reason,
 * {@value #REASON_NUMBERS}: reason to number, one hash slot; no TTL, no personal data, as many
 * entries as the rules have distinct reasons), numbered by a script of their own before the
 * conversation is written. A save may also note the answer to the input that changed it
 * ({@link fr.aiguilleur.bot.chat.AnsweredInputs}) in {@code {<conversation key>}:answered}, in the
 * conversation's own hash slot and script. A conversation stored before (a hash of its version and
 * state) is still read, and replaced by the new form on its next save.
 */
final class RedisConversations implements Conversations {

    static final String PREFIX = "aiguilleur:conversation:";
    static final String REASONS = "aiguilleur:reasons";
    static final String REASON_NUMBERS = "{aiguilleur:reasons}:numbers";
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

    /** Numbers the reasons (ARGV), adding the new ones to the table (KEYS: table, numbers); returns the numbers. */
    private static final String NUMBER_REASONS = """
            local numbers = {}
            for i = 1, #ARGV do
              local number = redis.call('HGET', KEYS[2], ARGV[i])
              if not number or redis.call('HGET', KEYS[1], number) ~= ARGV[i] then
                number = redis.call('HLEN', KEYS[1]) + 1
                while redis.call('HSETNX', KEYS[1], number, ARGV[i]) == 0 do
                  number = number + 1
                end
                redis.call('HSET', KEYS[2], ARGV[i], number)
              end
              numbers[#numbers + 1] = tostring(number)
            end
            return numbers
            """;

    /**
     * Writes the conversation (ARGV[3]) whatever was stored (SET replaces a hash too): a replace on
     * its own; with an answer key (KEYS[2]), notes the answer (ARGV[4]) in the same step.
     */
    private static final String WRITE = """
            redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[2])
            if KEYS[2] then
              redis.call('SET', KEYS[2], ARGV[4], 'PX', ARGV[2])
            end
            return -1
            """;

    /** Returns -1 when saved, else the stored version that did not match ARGV[1]. */
    private static final String SAVE = STORED_VERSION + """
            if stored and stored ~= ARGV[1] then
              return tonumber(stored)
            end
            """ + WRITE;

    /** Deletes the conversation and notes the answer (KEYS[2], ARGV[1], kept ARGV[2] millis). */
    private static final String DELETE_ANSWERED = """
            redis.call('DEL', KEYS[1])
            redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    private final Redis redis;
    private final StoreJson json = new StoreJson();
    private final Duration ttl;
    /** The sorted set of conversations by last activity, or null. */
    private final String index;

    RedisConversations(Redis redis, Duration ttl) {
        this(redis, ttl, null);
    }

    private RedisConversations(Redis redis, Duration ttl, String index) {
        this.redis = redis;
        this.ttl = ttl;
        this.index = index;
    }

    /**
     * The same store, which also notes each conversation it writes in this sorted set, scored by
     * its last activity ({@link Conversations#lastActive}), right after the script that writes it
     * (the set is in a hash slot of its own; it is a guide, see {@link RedisConversationIndex}).
     */
    RedisConversations indexedIn(String index) {
        return new RedisConversations(redis, ttl, index);
    }

    /** One read; a second one ({@code HMGET}) only for a conversation holding a diagnosis's reasons. */
    @Override
    public Optional<Conversation> find(ConversationId id) {
        String state = redis.call("find a conversation", commands -> state(commands, key(id)));
        return Optional.ofNullable(state).map(stored -> StoredConversation.read(stored, id, json, this::reasons));
    }

    private static String state(RedisClusterCommands<String, String> commands, String key) {
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
        save(conversation, null, null);
    }

    /** Saves, noting the answer to the input that changed the conversation when given. */
    void save(Conversation conversation, String inputKey, List<Message> answer) {
        long expected = conversation.version() - 1;
        Long outcome = write("save a conversation", SAVE, conversation, expected, answered(inputKey, answer));
        if (outcome != SAVED) {
            throw new ConcurrentUpdate(conversation.id().value(), expected, outcome);
        }
    }

    @Override
    public void replace(Conversation conversation) {
        write("replace a conversation", WRITE, conversation, conversation.version(), null);
    }

    /** Deletes the conversation and notes the answer to the input that erased it, in one step. */
    void delete(ConversationId id, String inputKey, List<Message> answer) {
        redis.call("delete a conversation", commands -> commands.eval(DELETE_ANSWERED, ScriptOutputType.INTEGER,
                new String[] {key(id), answerKey(id)}, answered(inputKey, answer), Long.toString(ttl.toMillis())));
    }

    /** The answer noted with the conversation for this input, if it was the last one applied. */
    Optional<List<Message>> answerTo(ConversationId id, String inputKey) {
        String noted = redis.call("read an answered input", commands -> commands.get(answerKey(id)));
        if (noted == null || !noted.startsWith(inputKey + "\n")) {
            return Optional.empty();
        }
        return Optional.of(List.of(json.read(noted.substring(inputKey.length() + 1), Message[].class)));
    }

    void forgetAnswer(ConversationId id) {
        redis.call("forget an answered input", commands -> commands.del(answerKey(id)));
    }

    private String answered(String inputKey, List<Message> answer) {
        return inputKey == null ? null : inputKey + "\n" + json.write(answer.toArray(Message[]::new));
    }

    private Long write(String what, String script, Conversation conversation, long expected, String answer) {
        StoredConversation stored = StoredConversation.of(conversation, json);
        String value = stored.head() + String.join(",", numbers(stored.reasons())) + stored.tail();
        String[] keys = answer == null ? new String[] {key(conversation.id())}
                : new String[] {key(conversation.id()), answerKey(conversation.id())};
        String[] arguments = answer == null
                ? new String[] {Long.toString(expected), Long.toString(ttl.toMillis()), value}
                : new String[] {Long.toString(expected), Long.toString(ttl.toMillis()), value, answer};
        Long outcome = redis.call(what, commands -> commands.eval(script, ScriptOutputType.INTEGER, keys, arguments));
        if (outcome == SAVED && index != null) {
            String lastActive = Long.toString(Conversations.lastActive(conversation).toEpochMilli());
            redis.send("index a conversation", commands -> commands.zadd(index, Double.parseDouble(lastActive),
                    conversation.id().value()));
        }
        return outcome;
    }

    private List<String> numbers(List<String> reasons) {
        if (reasons.isEmpty()) {
            return List.of();
        }
        return redis.call("number the reasons of a diagnosis", commands -> commands.eval(NUMBER_REASONS,
                ScriptOutputType.MULTI, new String[] {REASONS, REASON_NUMBERS}, reasons.toArray(String[]::new)));
    }

    @Override
    public void delete(ConversationId id) {
        redis.call("delete a conversation", commands -> commands.del(key(id), answerKey(id)));
    }

    static String key(ConversationId id) {
        return PREFIX + id.value();
    }

    /** In the conversation key's hash slot: its whole name is the tag. */
    static String answerKey(ConversationId id) {
        return "{" + key(id) + "}:answered";
    }
}
