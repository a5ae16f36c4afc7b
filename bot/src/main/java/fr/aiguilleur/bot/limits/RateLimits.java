package fr.aiguilleur.bot.limits;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.texts.Texts;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Takes tokens from the buckets of the limits and says when one is reached. When the shared
 * buckets (Redis) cannot be reached, this instance's own buckets count instead: a Redis outage
 * neither opens the gates nor shuts them.
 */
public final class RateLimits implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final LimitSettings settings;
    private final Buckets buckets;
    private final Buckets fallback;
    private final Map<Limit, Counter> refused = new EnumMap<>(Limit.class);

    RateLimits(LimitSettings settings, Buckets buckets, Buckets fallback, MeterRegistry meters) {
        this.settings = settings;
        this.buckets = buckets;
        this.fallback = fallback;
        for (Limit limit : Limit.values()) {
            refused.put(limit, Counter.builder("aiguilleur.limits.refused").tag("limit", limit.tag())
                    .description("Requests refused because a limit was reached").register(meters));
        }
    }

    /**
     * Takes one token, off the event loop; fails with {@link LimitReached} (a text in the person's
     * language) when there is none left.
     */
    public Mono<Void> take(Limit limit, String key, String language) {
        return Mono.fromRunnable(() -> takeNow(limit, key, language)).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** Takes one token now (blocking when the buckets are in Redis). */
    public void takeNow(Limit limit, String key, String language) {
        ConsumptionProbe probe = use(limit, key, bucket -> bucket.tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            throw reached(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()), language);
        }
    }

    /** Fails with {@link LimitReached} when the bucket is empty, taking nothing (blocking). */
    public void checkNow(Limit limit, String key, String language) {
        EstimationProbe probe = use(limit, key, bucket -> bucket.estimateAbilityToConsume(1));
        if (!probe.canBeConsumed()) {
            throw reached(limit, Duration.ofNanos(probe.getNanosToWaitForRefill()), language);
        }
    }

    /** Takes one token when there is one left (a failed sign-in), blocking. */
    public void spendNow(Limit limit, String key) {
        use(limit, key, bucket -> bucket.tryConsume(1));
    }

    /** The kind text telling that a limit is reached and how long to wait. */
    public static String refusalText(Limit limit, Duration wait, String language) {
        Texts texts = Texts.of(language);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String delay = seconds < 90 ? texts.get("limits.delay.seconds", seconds)
                : texts.get("limits.delay.minutes", (seconds + 59) / 60);
        return texts.get("limits.refused." + limit.tag(), delay);
    }

    private LimitReached reached(Limit limit, Duration wait, String language) {
        refused.get(limit).increment();
        return new LimitReached(limit, refusalText(limit, wait, language), wait);
    }

    @Override
    public void close() throws Exception {
        if (buckets instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    private <T> T use(Limit limit, String key, Function<Bucket, T> action) {
        Rate rate = settings.rate(limit);
        String name = limit.tag() + ":" + key;
        try {
            return action.apply(buckets.of(name, rate));
        } catch (RuntimeException e) {
            if (buckets == fallback) {
                throw e;
            }
            LOG.debug("shared limits unavailable, counting on this instance", new RedactedFailure(e));
            return action.apply(fallback.of(name, rate));
        }
    }
}
