package fr.aiguilleur.bot.limits;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * At most {@code count} in any {@code per} window, given back little by little: a full bucket of
 * {@code count} tokens, refilled evenly over {@code per}.
 */
public record Rate(long count, Duration per) {

    public Rate {
        if (count < 1 || per == null || per.isZero() || per.isNegative()) {
            throw new IllegalArgumentException("a rate needs a count of at least 1 and a positive duration");
        }
    }

    /** Bucket4j's configuration of a bucket of this rate. */
    public BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(count).refillGreedy(count, per))
                .build();
    }
}
