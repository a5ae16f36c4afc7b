package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.limits.Buckets;
import fr.aiguilleur.bot.limits.Rate;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
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

    private final AbstractRedisClient client;
    private final Duration timeout;
    private volatile ProxyManager<String> proxies;

    RedisBuckets(String url, Duration timeout) {
        this(url, "", timeout);
    }

    /** @param clusterNodes the nodes of a Redis Cluster (host:port, comma-separated), or empty for {@code url} */
    RedisBuckets(String url, String clusterNodes, Duration timeout) {
        this.timeout = timeout;
        if (clusterNodes != null && !clusterNodes.isBlank()) {
            var cluster = RedisClusterClient.create(java.util.Arrays.stream(clusterNodes.split(","))
                    .map(String::strip).filter(node -> !node.isEmpty())
                    .map(node -> RedisURI.create(node.contains("://") ? node : "redis://" + node)).toList());
            cluster.setOptions(ClusterClientOptions.builder()
                    .timeoutOptions(TimeoutOptions.enabled(timeout))
                    .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder().enableAllAdaptiveRefreshTriggers().build())
                    .build());
            this.client = cluster;
            return;
        }
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout);
        RedisClient single = RedisClient.create(uri);
        single.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        this.client = single;
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
            RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
            var builder = client instanceof RedisClusterClient cluster
                    ? Bucket4jLettuce.casBasedBuilder(cluster.connect(codec))
                    : Bucket4jLettuce.casBasedBuilder(((RedisClient) client).connect(codec));
            proxies = builder
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
