package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.VisitSlot;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Taken slots in Redis, shared by every instance: {@code {aiguilleur:bookings}:slot:<slot id>} holds the
 * lead id and the coordinator id, set only if absent (one script, so of many takers exactly one
 * wins, and the lead holding it may take it again); a sorted set per coordinator lists the taken
 * slots by start. Both expire some days after the slot, so Redis keeps only the coming visits.
 * Every key is in the hash slot of {@code aiguilleur:bookings}, so the scripts (which read the
 * coordinator from the slot's hold) run on a Redis Cluster too.
 */
final class RedisBookings implements Bookings {

    /** How long a taken slot is kept after its start (the scores are local times, zone unknown here). */
    static final Duration KEPT_AFTER = Duration.ofDays(2);

    /**
     * KEYS: slot key, coordinator set; ARGV: lead id + "\n" + coordinator id, ttl millis, score,
     * slot id, score before which slots are past. 1 = held by this lead.
     */
    private static final String TAKE = """
            local held = redis.call('GET', KEYS[1])
            if held then
              return held == ARGV[1] and 1 or 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
            local ttl = redis.call('PTTL', KEYS[2])
            if ttl < tonumber(ARGV[2]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[2])
            end
            return 1
            """;

    /**
     * KEYS: slot key; ARGV: lead id + "\n", slot id, coordinator set prefix. Deletes only the
     * lead's own hold, and the slot from the set of the coordinator written in it.
     */
    private static final String RELEASE = """
            local held = redis.call('GET', KEYS[1])
            if held and string.sub(held, 1, string.len(ARGV[1])) == ARGV[1] then
              redis.call('DEL', KEYS[1])
              redis.call('ZREM', ARGV[3] .. string.sub(held, string.len(ARGV[1]) + 1), ARGV[2])
              return 1
            end
            return 0
            """;

    private final Redis redis;

    RedisBookings(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean take(VisitSlot slot, String leadId) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long ttl = Math.max(1, Duration.between(now, slot.start()).plus(KEPT_AFTER).toMillis());
        Long taken = redis.call("take a slot", commands -> commands.eval(TAKE, ScriptOutputType.INTEGER,
                new String[] {slotKey(slot.id()), coordinatorKey(slot.coordinatorId())},
                leadId + "\n" + slot.coordinatorId(), Long.toString(ttl), Long.toString(score(slot.start())),
                slot.id(), Long.toString(score(now.minus(KEPT_AFTER)))));
        return taken != null && taken == 1;
    }

    @Override
    public void release(String slotId, String leadId) {
        redis.call("free a slot", commands -> commands.eval(RELEASE, ScriptOutputType.INTEGER,
                new String[] {slotKey(slotId)}, leadId + "\n", slotId, coordinatorKey("")));
    }

    @Override
    public Set<String> bookedSlots(String coordinatorId, LocalDateTime from, LocalDateTime to) {
        List<String> ids = redis.call("list taken slots", commands -> commands.zrangebyscore(
                coordinatorKey(coordinatorId), Range.create(score(from), score(to) - 1)));
        return ids.stream().collect(Collectors.toUnmodifiableSet());
    }

    /** Local start as seconds of a UTC clock: orders slots of one coordinator, whatever their zone. */
    private static long score(LocalDateTime start) {
        return start.toEpochSecond(ZoneOffset.UTC);
    }

    static String slotKey(String slotId) {
        return "{aiguilleur:bookings}:slot:" + slotId;
    }

    static String coordinatorKey(String coordinatorId) {
        return "{aiguilleur:bookings}:" + coordinatorId;
    }
}
