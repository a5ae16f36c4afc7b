package fr.aiguilleur.bot.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * Buckets in this instance's memory, forgotten after a while without use (a forgotten bucket is a
 * full one, as it would be by then) and at most {@value #MOST} at once.
 */
final class LocalBuckets implements Buckets {

    static final int MOST = 100_000;

    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    LocalBuckets(Duration keptUnused, TimeMeter time) {
        this.buckets = Caffeine.newBuilder().maximumSize(MOST).expireAfterAccess(keptUnused).build();
        this.time = time;
    }

    @Override
    public Bucket of(String key, Rate rate) {
        return buckets.get(key, unused -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(rate.configuration().getBandwidths()[0])
                .build());
    }
}
