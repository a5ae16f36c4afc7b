package fr.aiguilleur.bot.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the keys written before the stores ran on Redis Cluster to their new names, once, at start
 * on one Redis server (or Sentinel): a Lua script may only touch keys of one hash slot, so the keys
 * a script changes together now share a tag in braces ({@code {aiguilleur:leads}:lead:<id>} beside
 * the index {@code aiguilleur:leads}). {@code RENAMENX} keeps each key's time to live and never
 * overwrites a key already written under the new name. A cluster needs none of this: it is started
 * empty, or filled from a server that ran this version first (see docs/operations.md).
 */
final class KeyRenames {

    /** Noted once the keys are renamed: later starts skip the scan. */
    static final String DONE = "aiguilleur:keys:version";
    static final String VERSION = "2";

    /** Keys renamed as they are. */
    static final Map<String, String> KEYS = Map.of(
            "aiguilleur:reasons:numbers", RedisConversations.REASON_NUMBERS,
            "aiguilleur:crm:outbox:due", RedisOutbox.DUE,
            "aiguilleur:funnel:stopped", RedisIndicators.STOPPED);

    /** Every key starting with the first prefix gets the second in its place, in this order. */
    static final List<Map.Entry<String, String>> PREFIXES = List.of(
            Map.entry("aiguilleur:lead:", "{aiguilleur:leads}:lead:"),
            Map.entry("aiguilleur:leads:conversation:", "{aiguilleur:leads}:conversation:"),
            Map.entry("aiguilleur:diagnosis:", "{aiguilleur:diagnoses}:diagnosis:"),
            Map.entry("aiguilleur:diagnoses:conversation:", "{aiguilleur:diagnoses}:conversation:"),
            Map.entry("aiguilleur:booking:", RedisBookings.slotKey("")),
            Map.entry("aiguilleur:bookings:", RedisBookings.coordinatorKey("")),
            Map.entry("aiguilleur:funnel:week:", RedisIndicators.WEEK),
            Map.entry("aiguilleur:crm:delivered:", RedisOutbox.DELIVERED));

    private static final Logger LOG = LoggerFactory.getLogger(KeyRenames.class);

    private final Redis redis;

    KeyRenames(Redis redis) {
        this.redis = redis;
    }

    /** Renames what is left of the older names; @return how many keys were renamed */
    int run() {
        if (VERSION.equals(redis.call("read the keys' version", commands -> commands.get(DONE)))) {
            return 0;
        }
        int renamed = 0;
        for (var key : KEYS.entrySet()) {
            renamed += rename(key.getKey(), key.getValue());
        }
        for (var prefix : PREFIXES) {
            renamed += renameAll(prefix.getKey(), prefix.getValue());
        }
        redis.call("note the keys' version", commands -> commands.set(DONE, VERSION));
        if (renamed > 0) {
            LOG.info("Redis: {} keys moved to their hash-slot names", renamed);
        }
        return renamed;
    }

    private int renameAll(String from, String to) {
        int renamed = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        ScanArgs match = ScanArgs.Builder.matches(from + "*").limit(1000);
        do {
            ScanCursor at = cursor;
            KeyScanCursor<String> found = redis.call("list keys to rename", commands -> commands.scan(at, match));
            for (String key : found.getKeys()) {
                renamed += rename(key, to + key.substring(from.length()));
            }
            cursor = found;
        } while (!cursor.isFinished());
        return renamed;
    }

    private int rename(String from, String to) {
        return redis.call("rename a key", commands -> {
            if (commands.exists(from) == 0) {
                return 0;
            }
            if (!commands.renamenx(from, to)) {
                LOG.warn("Redis: a key of the older name is left beside its new name (already written)");
                return 0;
            }
            return 1;
        });
    }
}
