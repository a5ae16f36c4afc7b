package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The dashboard's funnel counters in Redis, shared by every instance: one hash per ISO week
 * ({@code HINCRBY}, kept as long as the diagnoses), a set of the weeks counted, and one hash of
 * the last question answered by each unfinished conversation (pseudonymous keys). What a turn
 * counts is sent without waiting for Redis's answer (one command each), so that a person's turn
 * never waits for its bookkeeping; a count Redis could not make is logged and lost, as before.
 */
@Component
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
class RedisIndicators implements FunnelCounters {

    static final String WEEKS = "aiguilleur:funnel:weeks";
    /** Each week's hash, in the hash slot of the weeks' set (their scripts change both). */
    static final String WEEK = "{aiguilleur:funnel:weeks}:";
    static final String UNFINISHED = "aiguilleur:funnel:unfinished";
    static final String STOPPED = "{aiguilleur:funnel:unfinished}:stopped";

    /** Moves an abandoned conversation's last question into the count per question, atomically. */
    private static final String ABANDON = """
            local question = redis.call('HGET', KEYS[1], ARGV[1])
            if question then
              redis.call('HINCRBY', KEYS[2], question, 1)
              redis.call('HDEL', KEYS[1], ARGV[1])
            end
            return 0
            """;

    /** Adds one to a week's counter, keeps the week as long as the diagnoses, and lists it. */
    private static final String ADD = """
            redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            return 0
            """;

    private final Redis redis;
    private final Duration keptFor;

    RedisIndicators(Redis redis, RedisSettings settings) {
        this.redis = redis;
        this.keptFor = settings.diagnosisTtl();
    }

    @Override
    public void add(Counter counter, String week) {
        redis.send("count a conversation step", commands -> commands.eval(ADD, ScriptOutputType.INTEGER,
                new String[] {WEEK + week, WEEKS}, counter.name().toLowerCase(Locale.ROOT),
                Long.toString(keptFor.toSeconds()), week));
    }

    @Override
    public void answered(String conversationKey, String questionId) {
        redis.send("note the last question answered", commands -> commands.hset(UNFINISHED, conversationKey,
                questionId));
    }

    @Override
    public void finished(String conversationKey) {
        redis.send("forget a finished conversation", commands -> commands.hdel(UNFINISHED, conversationKey));
    }

    @Override
    public void abandoned(String conversationKey) {
        redis.call("count an abandoned conversation", commands -> commands.eval(ABANDON, ScriptOutputType.INTEGER,
                new String[] {UNFINISHED, STOPPED}, conversationKey));
    }

    @Override
    public Map<String, Map<Counter, Long>> weeks() {
        return redis.call("read the funnel counters", commands -> {
            var weeks = new TreeMap<String, Map<Counter, Long>>();
            for (String week : commands.smembers(WEEKS)) {
                Map<String, String> stored = commands.hgetall(WEEK + week);
                if (!stored.isEmpty()) {
                    weeks.put(week, counts(stored));
                }
            }
            return weeks;
        });
    }

    @Override
    public Map<String, Long> unfinished() {
        return redis.call("read the drop-off counters", commands -> {
            Map<String, Long> counts = commands.hvals(UNFINISHED).stream()
                    .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
            commands.hgetall(STOPPED).forEach((question, count) -> counts.merge(question, Long.parseLong(count), Long::sum));
            return counts;
        });
    }

    private static Map<Counter, Long> counts(Map<String, String> stored) {
        var counts = new EnumMap<Counter, Long>(Counter.class);
        for (Counter counter : Counter.values()) {
            String value = stored.get(counter.name().toLowerCase(Locale.ROOT));
            if (value != null) {
                counts.put(counter, Long.parseLong(value));
            }
        }
        return counts;
    }
}
