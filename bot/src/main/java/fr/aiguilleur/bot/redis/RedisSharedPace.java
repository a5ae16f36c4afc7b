package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.SharedPace;
import io.lettuce.core.ScriptOutputType;

/**
 * The pace to Telegram in Redis, shared by every instance: one "theoretical arrival time" per
 * bucket (the generic cell rate algorithm), for the bot and for each chat, in the bot's hash slot
 * ({@code {aiguilleur:telegram:<bot>}:pace}), taken in one script on Redis's own clock. A turn may
 * be taken ahead: the caller is told how long to wait, as with the in-memory buckets.
 */
final class RedisSharedPace implements SharedPace {

    /**
     * KEYS: bot bucket, chat bucket; ARGV: bot interval µs, chat interval µs, chat tolerance µs, bot tolerance µs
     * (the burst a bucket allows after a quiet time).
     * Returns the wait in µs.
     */
    private static final String RESERVE = """
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local wait = 0
            local function take(key, interval, tolerance)
              local tat = tonumber(redis.call('GET', key) or now)
              if tat < now then
                tat = now
              end
              local late = tat - tolerance - now
              if late > wait then
                wait = late
              end
              local next = tat + interval
              redis.call('SET', key, string.format('%.0f', next), 'PX', math.floor((next - now) / 1000) + 1000)
            end
            take(KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[4]))
            take(KEYS[2], tonumber(ARGV[2]), tonumber(ARGV[3]))
            return math.floor(wait)
            """;

    private final Redis redis;
    private final String slot;

    RedisSharedPace(Redis redis, String botId) {
        this.redis = redis;
        this.slot = "{aiguilleur:telegram:" + botId + "}:pace";
    }

    @Override
    public long reserve(String chatId, double botPerSecond, double chatPerSecond, int chatBurst) {
        long botInterval = (long) (1_000_000 / botPerSecond);
        long chatInterval = (long) (1_000_000 / chatPerSecond);
        long tolerance = chatInterval * Math.max(0, chatBurst - 1);
        Long micros = redis.call("take a turn to send to Telegram", commands -> commands.eval(RESERVE,
                ScriptOutputType.INTEGER, new String[] {slot, slot + ":" + chatId}, Long.toString(botInterval),
                Long.toString(chatInterval), Long.toString(tolerance),
                Long.toString(botInterval * Math.max(0, (long) botPerSecond - 1))));
        return micros == null ? 0 : micros * 1000;
    }
}
