package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.UpdateDedup;
import io.lettuce.core.SetArgs;

/**
 * The Telegram update ids taken in the last 24 hours, in Redis ({@code SET key 1 NX EX 86400}), so
 * that several instances serving one bot answer each update once.
 */
final class RedisUpdateDedup implements UpdateDedup {

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
}
