package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.crm.CrmDelivery;
import fr.aiguilleur.bot.crm.Outbox;
import io.lettuce.core.KeyValue;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The CRM outbox in Redis: a hash of waiting deliveries (JSON) and a sorted set of their next
 * attempt times; a delivered id is remembered for {@link #REMEMBERED} as a key of its own. No
 * expiry on what waits: a lead change is never dropped before the CRM acknowledged it.
 */
final class RedisOutbox implements Outbox {

    static final String WAITING = "aiguilleur:crm:outbox";
    static final String DUE = "aiguilleur:crm:outbox:due";
    static final String DELIVERED = "aiguilleur:crm:delivered:";
    static final Duration REMEMBERED = Duration.ofDays(30);

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

    @Override
    public List<CrmDelivery> due(Instant now, int limit) {
        return redis.call("read the CRM outbox", commands -> {
            List<String> ids = commands.zrangebyscore(DUE, Range.create(0L, now.toEpochMilli()),
                    Limit.create(0, limit));
            if (ids.isEmpty()) {
                return List.<CrmDelivery>of();
            }
            return commands.hmget(WAITING, ids.toArray(String[]::new)).stream()
                    .filter(KeyValue::hasValue)
                    .map(value -> json.read(value.getValue(), CrmDelivery.class))
                    .toList();
        });
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
