package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.crm.CrmDelivery;
import fr.aiguilleur.bot.crm.Outbox;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The CRM outbox in Redis: a hash of waiting deliveries (JSON) and a sorted set of their next
 * attempt times; a delivered id is remembered for {@link #REMEMBERED} as a key of its own. No
 * expiry on what waits: a lead change is never dropped before the CRM acknowledged it. Several
 * instances share it: the due deliveries are claimed (their next attempt pushed {@link #CLAIMED}
 * ahead, in the script that reads them), so one instance only posts each; a claim left by an
 * instance that stopped is taken again when it runs out. Every key is in the hash slot of
 * {@value #WAITING} (a Redis Cluster runs each script on one slot).
 */
final class RedisOutbox implements Outbox {

    static final String WAITING = "aiguilleur:crm:outbox";
    static final String DUE = "{aiguilleur:crm:outbox}:due";
    static final String DELIVERED = "{aiguilleur:crm:outbox}:delivered:";
    static final Duration REMEMBERED = Duration.ofDays(30);
    /** How long a claimed delivery is left to its instance: far more than a post with its retries. */
    static final Duration CLAIMED = Duration.ofMinutes(5);

    /** KEYS: hash, due set; ARGV: now, limit, claimed until. The due deliveries, each pushed to ARGV[3]. */
    private static final String CLAIM = """
            local ids = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            local claimed = {}
            for _, id in ipairs(ids) do
              local json = redis.call('HGET', KEYS[1], id)
              if json then
                redis.call('ZADD', KEYS[2], ARGV[3], id)
                claimed[#claimed + 1] = json
              else
                redis.call('ZREM', KEYS[2], id)
              end
            end
            return claimed
            """;

    /** KEYS: hash, due set, delivered key; ARGV: id, json, score. */
    private static final String ENQUEUE = """
            if redis.call('EXISTS', KEYS[3]) == 1 or redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            return 1
            """;

    /** KEYS: hash, due set, delivered key; ARGV: id, remembered millis. */
    private static final String DELIVER = """
            redis.call('HDEL', KEYS[1], ARGV[1])
            redis.call('ZREM', KEYS[2], ARGV[1])
            redis.call('SET', KEYS[3], '1', 'PX', ARGV[2])
            return 1
            """;

    /** KEYS: hash, due set; ARGV: id, json, score. Only a delivery still waiting is updated. */
    private static final String RETRY = """
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
            return 1
            """;

    private final Redis redis;
    private final StoreJson json = new StoreJson();

    RedisOutbox(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean enqueue(CrmDelivery delivery) {
        Long queued = redis.call("queue a CRM delivery", commands -> commands.eval(ENQUEUE, ScriptOutputType.INTEGER,
                new String[] {WAITING, DUE, DELIVERED + delivery.deliveryId()}, delivery.deliveryId(),
                json.write(delivery), score(delivery.nextAttemptAt())));
        return queued != null && queued == 1;
    }

    /** Claims the due deliveries for this instance, for {@link #CLAIMED}. */
    @Override
    public List<CrmDelivery> due(Instant now, int limit) {
        List<String> claimed = redis.call("claim due CRM deliveries", commands -> commands.eval(CLAIM,
                ScriptOutputType.MULTI, new String[] {WAITING, DUE}, score(now), Integer.toString(limit),
                score(now.plus(CLAIMED))));
        return claimed.stream().map(value -> json.read(value, CrmDelivery.class)).toList();
    }

    @Override
    public void delivered(String deliveryId) {
        redis.call("note a CRM delivery", commands -> commands.eval(DELIVER, ScriptOutputType.INTEGER,
                new String[] {WAITING, DUE, DELIVERED + deliveryId}, deliveryId,
                Long.toString(REMEMBERED.toMillis())));
    }

    @Override
    public void retry(CrmDelivery delivery) {
        redis.call("postpone a CRM delivery", commands -> commands.eval(RETRY, ScriptOutputType.INTEGER,
                new String[] {WAITING, DUE}, delivery.deliveryId(), json.write(delivery),
                score(delivery.nextAttemptAt())));
    }

    @Override
    public int waiting() {
        return redis.call("count the CRM outbox", commands -> commands.hlen(WAITING)).intValue();
    }

    private static String score(Instant at) {
        return Long.toString(at.toEpochMilli());
    }
}
