package fr.aiguilleur.bot.telegram;

/**
 * A token bucket that hands out reservations: each call takes a token, possibly one that will only
 * exist later, and says how long to wait for it. Thread-safe.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long at;

    /**
     * @param perSecond tokens added per second
     * @param capacity  tokens kept at most, the burst allowed after a quiet time
     * @param now       the current time, in nanoseconds of the same clock as later calls
     */
    TokenBucket(double perSecond, double capacity, long now) {
        this.perNano = perSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.at = now;
    }

    /** Takes one token. @return nanoseconds to wait before using it, 0 when it is there now */
    synchronized long reserve(long now) {
        refill(now);
        tokens -= 1;
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
    }

    /** Whether the bucket is as full as after a quiet time, so forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > at) {
            tokens = Math.min(capacity, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
