package fr.aiguilleur.bot.redis;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records kept as JSON strings under {@code {aiguilleur:<many>}:<one>:<id>}, listed oldest first by
 * a sorted set {@code aiguilleur:<many>} and found per conversation by a set
 * {@code {aiguilleur:<many>}:conversation:<conversation id>}, so that /oubli can erase them. Each
 * change runs as one Lua script (all or nothing). Every key is in the index's hash slot (its whole
 * name is the tag), so the scripts run on a Redis Cluster too, where the erasure script builds
 * record keys of that slot.
 */
final class IndexedRecords {

    /** ARGV: json, id, score (epoch millis), ttl millis (0 = kept forever). */
    private static final String SAVE = """
            if ARGV[4] == '0' then
              redis.call('SET', KEYS[1], ARGV[1])
            else
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
            end
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
            redis.call('SADD', KEYS[3], ARGV[2])
            if ARGV[4] ~= '0' then
              redis.call('PEXPIRE', KEYS[3], ARGV[4])
            end
            return 1
            """;

    /** KEYS: the conversation's set, the sorted index; ARGV: the record key prefix. */
    private static final String ERASE = """
            local ids = redis.call('SMEMBERS', KEYS[1])
            for _, id in ipairs(ids) do
              redis.call('DEL', ARGV[1] .. id)
              redis.call('ZREM', KEYS[2], id)
            end
            redis.call('DEL', KEYS[1])
            return #ids
            """;

    private static final int BATCH = 500;

    private final Redis redis;
    private final String one;
    private final String many;
    private final Duration ttl;

    /**
     * @param one  the name of one record ("lead"), in keys and error messages
     * @param many the name of several ("leads")
     * @param ttl  how long a record is kept, {@link Duration#ZERO} for ever
     */
    IndexedRecords(Redis redis, String one, String many, Duration ttl) {
        this.redis = redis;
        this.one = one;
        this.many = many;
        this.ttl = ttl;
    }

    void save(String id, String conversationId, Instant at, String json) {
        String score = Long.toString(at == null ? 0 : at.toEpochMilli());
        redis.call("save a " + one, commands -> commands.eval(SAVE, ScriptOutputType.INTEGER,
                new String[] {recordKey(id), index(), byConversation(conversationId)},
                json, id, score, Long.toString(ttl.toMillis())));
    }

    Optional<String> find(String id) {
        return Optional.ofNullable(redis.call("find a " + one, commands -> commands.get(recordKey(id))));
    }

    /** Every record still kept, oldest first; ids of expired records are dropped from the index. */
    List<String> all() {
        return listed(index());
    }

    /**
     * The records whose ids a sorted set of this slot lists, in its order; ids of records gone are
     * dropped from it.
     */
    List<String> listed(String sortedSet) {
        return redis.call("list " + many, commands -> {
            List<String> ids = commands.zrange(sortedSet, 0, -1);
            var kept = new ArrayList<String>();
            var expired = new ArrayList<String>();
            for (int from = 0; from < ids.size(); from += BATCH) {
                read(commands, ids.subList(from, Math.min(ids.size(), from + BATCH)), kept, expired);
            }
            if (!expired.isEmpty()) {
                commands.zrem(sortedSet, expired.toArray(String[]::new));
            }
            return kept;
        });
    }

    private void read(RedisClusterCommands<String, String> commands, List<String> ids, List<String> kept,
            List<String> expired) {
        List<KeyValue<String, String>> values = commands.mget(ids.stream().map(this::recordKey).toArray(String[]::new));
        for (int i = 0; i < ids.size(); i++) {
            if (values.get(i).hasValue()) {
                kept.add(values.get(i).getValue());
            } else {
                expired.add(ids.get(i));
            }
        }
    }

    void eraseFor(String conversationId) {
        redis.call("erase the " + many + " of a conversation", commands -> commands.eval(ERASE,
                ScriptOutputType.INTEGER, new String[] {byConversation(conversationId), index()},
                recordKey("")));
    }

    String recordKey(String id) {
        return "{" + index() + "}:" + one + ":" + id;
    }

    String index() {
        return "aiguilleur:" + many;
    }

    String byConversation(String conversationId) {
        return "{" + index() + "}:conversation:" + conversationId;
    }
}
