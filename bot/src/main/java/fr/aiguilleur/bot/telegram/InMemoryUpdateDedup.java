package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The update ids seen by this instance in the last 24 hours, at most a bounded number of them
 * (the oldest forgotten first). For one instance without Redis.
 */
final class InMemoryUpdateDedup implements UpdateDedup {

    static final int REMEMBERED = 200_000;

    private final Map<Integer, Long> expiries = new LinkedHashMap<>();
    private final int remembered;
    private final long keptNanos;
    private final LongSupplier nanos;

    InMemoryUpdateDedup() {
        this(REMEMBERED, KEPT, System::nanoTime);
    }

    InMemoryUpdateDedup(int remembered, Duration kept, LongSupplier nanos) {
        this.remembered = remembered;
        this.keptNanos = kept.toNanos();
        this.nanos = nanos;
    }

    @Override
    public synchronized boolean firstSeen(int updateId) {
        long now = nanos.getAsLong();
        forgetOld(now);
        Long expiry = expiries.get(updateId);
        if (expiry != null && expiry - now > 0) {
            return false;
        }
        expiries.remove(updateId);
        expiries.put(updateId, now + keptNanos);
        return true;
    }

    synchronized int size() {
        return expiries.size();
    }

    /** Entries are in the order they were noted, so the expired ones are at the head. */
    private void forgetOld(long now) {
        Iterator<Long> oldestFirst = expiries.values().iterator();
        while (oldestFirst.hasNext()) {
            long expiry = oldestFirst.next();
            if (expiry - now <= 0 || expiries.size() >= remembered) {
                oldestFirst.remove();
            } else {
                return;
            }
        }
    }
}
