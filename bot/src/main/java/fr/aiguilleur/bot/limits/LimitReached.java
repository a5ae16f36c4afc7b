package fr.aiguilleur.bot.limits;

import java.time.Duration;

/** A request refused because a limit is reached: answered 429 with {@code Retry-After} and a kind text. */
public class LimitReached extends RuntimeException {

    private final Limit limit;
    private final Duration retryAfter;

    public LimitReached(Limit limit, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.limit = limit;
        this.retryAfter = retryAfter;
    }

    public Limit limit() {
        return limit;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: the {@code Retry-After} header's value. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
