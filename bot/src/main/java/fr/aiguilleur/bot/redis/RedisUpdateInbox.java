package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.UpdateDedup;
import fr.aiguilleur.bot.telegram.UpdateInbox;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The durable intake of one bot in Redis, every key in the hash slot {@code {aiguilleur:telegram:<bot>}}
 * so that each step is one script on a Redis Cluster too: {@code seen:<update>} (24 hours),
 * {@code inbox:<chat>} (a list of {@code <update id>\n<update JSON>}), {@code waiting} (the chats
 * with updates, scored by when a worker may take them: 0 when free, the end of the lease when held),
 * {@code lease:<chat>} (the worker holding the chat, with a time to live), {@code sent:<chat>}
 * ({@code <update id>:<replies noted>}). The lease times are Redis's own clock ({@code TIME}), so
 * instances need not agree on the time. One slot per bot is ample: Telegram lets a bot send about 30
 * messages a second, far below what one Redis node serves.
 */
final class RedisUpdateInbox implements UpdateInbox {

    /** KEYS: seen, inbox, waiting; ARGV: seen seconds, entry, chat. 1 when stored. */
    private static final String STORE = """
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('RPUSH', KEYS[2], ARGV[2])
              redis.call('ZADD', KEYS[3], 'NX', 0, ARGV[3])
              return 1
            end
            return 0
            """;

    private static final String NOW = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            """;

    /** KEYS: waiting; ARGV: worker, lease millis, lease key prefix. The chat claimed, or nil. */
    private static final String CLAIM = NOW + """
            local chats = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, 32)
            for _, chat in ipairs(chats) do
              local lease = ARGV[3] .. chat
              if redis.call('SET', lease, ARGV[1], 'NX', 'PX', ARGV[2]) then
                redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), chat)
                return chat
              end
              redis.call('ZADD', KEYS[1], now + math.max(0, redis.call('PTTL', lease)), chat)
            end
            return false
            """;

    /** KEYS: lease, waiting; ARGV: worker, lease millis, chat. 1 when still held. */
    private static final String RENEW = NOW + """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[3])
            return 1
            """;

    /** KEYS: inbox, sent. The oldest entry and the replies noted, or nil. */
    private static final String OLDEST = """
            local entry = redis.call('LINDEX', KEYS[1], 0)
            if not entry then
              return false
            end
            return {entry, redis.call('GET', KEYS[2]) or ''}
            """;

    /** KEYS: lease, sent; ARGV: worker, update id .. ':' .. replies noted. 1 when still held. */
    private static final String SENDING = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[2], ARGV[2], 'EX', 86400)
            return 1
            """;

    /** KEYS: lease, inbox, sent; ARGV: worker, update id .. '\\n'. 1 when removed. */
    private static final String DONE = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            local entry = redis.call('LINDEX', KEYS[2], 0)
            if entry and string.sub(entry, 1, string.len(ARGV[2])) == ARGV[2] then
              redis.call('LPOP', KEYS[2])
            end
            redis.call('DEL', KEYS[3])
            return 1
            """;

    /** KEYS: lease, inbox, waiting; ARGV: worker, chat. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then
              return 0
            end
            redis.call('DEL', KEYS[1])
            if redis.call('LLEN', KEYS[2]) == 0 then
              redis.call('ZREM', KEYS[3], ARGV[2])
            else
              redis.call('ZADD', KEYS[3], 0, ARGV[2])
            end
            return 1
            """;

    private final Redis redis;
    private final String slot;

    /** @param botId the bot's id: each bot has its inbox */
    RedisUpdateInbox(Redis redis, String botId) {
        this.redis = redis;
        this.slot = "{aiguilleur:telegram:" + botId + "}:";
    }

    @Override
    public boolean store(long chatId, int updateId, String json) {
        Long stored = redis.call("store a Telegram update", commands -> commands.eval(STORE, ScriptOutputType.INTEGER,
                new String[] {slot + "seen:" + updateId, inbox(chatId), waiting()},
                Long.toString(UpdateDedup.KEPT.toSeconds()), updateId + "\n" + json, Long.toString(chatId)));
        return stored != null && stored == 1;
    }

    @Override
    public Optional<Long> claim(String worker, Duration lease) {
        String chat = redis.call("claim a Telegram chat", commands -> commands.eval(CLAIM, ScriptOutputType.VALUE,
                new String[] {waiting()}, worker, Long.toString(lease.toMillis()), slot + "lease:"));
        return Optional.ofNullable(chat).map(Long::valueOf);
    }

    @Override
    public boolean renew(long chatId, String worker, Duration lease) {
        return held(redis.call("renew a Telegram chat's lease", commands -> commands.eval(RENEW,
                ScriptOutputType.INTEGER, new String[] {lease(chatId), waiting()}, worker,
                Long.toString(lease.toMillis()), Long.toString(chatId))));
    }

    @Override
    public Optional<Pending> oldest(long chatId) {
        List<String> found = redis.call("read a Telegram inbox", commands -> commands.eval(OLDEST,
                ScriptOutputType.MULTI, new String[] {inbox(chatId), sent(chatId)}));
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        String entry = found.get(0);
        int cut = entry.indexOf('\n');
        int updateId = Integer.parseInt(entry.substring(0, cut));
        return Optional.of(new Pending(updateId, entry.substring(cut + 1), repliesSent(found.get(1), updateId)));
    }

    private static int repliesSent(String noted, int updateId) {
        String prefix = updateId + ":";
        return noted != null && noted.startsWith(prefix) ? Integer.parseInt(noted.substring(prefix.length())) : 0;
    }

    @Override
    public boolean sending(long chatId, int updateId, int reply, String worker) {
        return held(redis.call("note a Telegram reply", commands -> commands.eval(SENDING, ScriptOutputType.INTEGER,
                new String[] {lease(chatId), sent(chatId)}, worker, updateId + ":" + (reply + 1))));
    }

    @Override
    public boolean done(long chatId, int updateId, String worker) {
        return held(redis.call("remove a handled Telegram update", commands -> commands.eval(DONE,
                ScriptOutputType.INTEGER, new String[] {lease(chatId), inbox(chatId), sent(chatId)}, worker,
                updateId + "\n")));
    }

    @Override
    public void release(long chatId, String worker) {
        redis.call("give a Telegram chat back", commands -> commands.eval(RELEASE, ScriptOutputType.INTEGER,
                new String[] {lease(chatId), inbox(chatId), waiting()}, worker, Long.toString(chatId)));
    }

    private static boolean held(Long outcome) {
        return outcome != null && outcome == 1;
    }

    private String waiting() {
        return slot + "waiting";
    }

    private String inbox(long chatId) {
        return slot + "inbox:" + chatId;
    }

    private String lease(long chatId) {
        return slot + "lease:" + chatId;
    }

    private String sent(long chatId) {
        return slot + "sent:" + chatId;
    }
}
