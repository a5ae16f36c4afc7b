package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.InactiveChats;

/** The Telegram chats that blocked the bot, as one Redis set shared by every instance. */
final class RedisInactiveChats implements InactiveChats {

    private final Redis redis;
    private final String key;

    /** @param botId the bot's id: a person blocks one bot, not all */
    RedisInactiveChats(Redis redis, String botId) {
        this.redis = redis;
        this.key = "aiguilleur:telegram:" + botId + ":inactive";
    }

    /** The set's key, for scripts that change it along with another key. */
    String key() {
        return key;
    }

    @Override
    public void markInactive(String chatId) {
        redis.call("note a blocked Telegram chat", commands -> commands.sadd(key, chatId));
    }

    @Override
    public void markActive(String chatId) {
        redis.call("note an active Telegram chat", commands -> commands.srem(key, chatId));
    }

    @Override
    public boolean isInactive(String chatId) {
        return redis.call("check a Telegram chat", commands -> commands.sismember(key, chatId));
    }
}
