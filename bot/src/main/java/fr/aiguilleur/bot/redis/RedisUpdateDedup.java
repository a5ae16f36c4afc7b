package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.InactiveChats;
import fr.aiguilleur.bot.telegram.UpdateDedup;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;

/**
 * The Telegram update ids taken in the last 24 hours, in Redis ({@code SET key 1 NX EX 86400}), so
 * that several instances serving one bot answer each update once.
 */
final class RedisUpdateDedup implements UpdateDedup {

    /** Notes the update; the first time, takes the chat out of the inactive set. Returns 1 the first time. */
    private static final String FIRST_FROM_PERSON = """
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('SREM', KEYS[2], ARGV[2])
              return 1
            end
            return 0
            """;

    private final Redis redis;
    private final String prefix;

    /** @param botId the bot's id: update ids are counted per bot */
    RedisUpdateDedup(Redis redis, String botId) {
        this.redis = redis;
        this.prefix = "aiguilleur:telegram:" + botId + ":update:";
    }

    @Override
    public boolean firstSeen(int updateId) {
        String set = redis.call("note a Telegram update", commands -> commands.set(prefix + updateId, "1",
                SetArgs.Builder.nx().ex(KEPT.toSeconds())));
        return "OK".equals(set);
    }

    /** One round trip when the inactive chats are in Redis too. */
    @Override
    public boolean firstSeen(int updateId, String personChat, InactiveChats inactive) {
        if (!(inactive instanceof RedisInactiveChats chats)) {
            return UpdateDedup.super.firstSeen(updateId, personChat, inactive);
        }
        Long first = redis.call("note a Telegram update", commands -> commands.eval(FIRST_FROM_PERSON,
                ScriptOutputType.INTEGER, new String[] {prefix + updateId, chats.key()},
                Long.toString(KEPT.toSeconds()), personChat));
        return first == 1;
    }
}
