package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.limits.Buckets;
import fr.aiguilleur.bot.limits.Rate;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * Buckets in Redis (Bucket4j's compare-and-swap proxy over Lettuce), so that every instance counts
 * against the same limits. A connection of its own, opened on first use: the stores' connection is
 * left to the stores. Keys expire once their bucket would be full again.
 */
final class RedisBuckets implements Buckets, AutoCloseable {

    private static final String PREFIX = "aiguilleur:limit:";

    private final RedisClient client;
    private final Duration timeout;
    private volatile ProxyManager<String> proxies;

    RedisBuckets(String url, Duration timeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        this.timeout = timeout;
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    @Override
    public Bucket of(String key, Rate rate) {
        return proxies().builder().build(PREFIX + key, rate::configuration);
    }

    private ProxyManager<String> proxies() {
        ProxyManager<String> open = proxies;
        return open != null ? open : connect();
    }

    private synchronized ProxyManager<String> connect() {
        if (proxies == null) {
            StatefulRedisConnection<String, byte[]> connection = client.connect(
                    RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            proxies = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy
                            .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .requestTimeout(timeout)
                    .build();
        }
        return proxies;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
