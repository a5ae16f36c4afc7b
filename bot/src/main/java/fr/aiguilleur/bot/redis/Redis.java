package fr.aiguilleur.bot.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared Lettuce connection, opened on first use and reopened after a failed connection
 * attempt, to one Redis server (a {@code redis://} URL), the master named by Sentinel (a
 * {@code redis-sentinel://…#master} URL, followed through fail-overs) or a Redis Cluster (its
 * nodes, with the topology refreshed on redirections and disconnections). Every command has a
 * timeout and fails at once while disconnected (no buffering), so an outage surfaces as
 * {@link StoreUnavailable} instead of a hang or a late replay. On a cluster, every script names
 * keys of one hash slot (see {@link KeyRenames}).
 */
final class Redis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Redis.class);

    /** Reconnects soon after a fail-over (Lettuce waits up to 30 s between attempts by default). */
    private static final Delay RECONNECT = Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2,
            TimeUnit.MILLISECONDS);

    private final ClientResources resources = DefaultClientResources.builder().reconnectDelay(RECONNECT).build();
    private final AbstractRedisClient client;
    private final boolean cluster;
    // Read without a lock on every command: the workers of all chats share it.
    private volatile StatefulConnection<String, String> connection;

    Redis(String url, Duration commandTimeout) {
        this(url, "", commandTimeout);
    }

    /** @param clusterNodes comma-separated {@code host:port} (or Redis URIs) of a cluster; empty for {@code url} */
    Redis(String url, String clusterNodes, Duration commandTimeout) {
        var timeouts = TimeoutOptions.enabled(commandTimeout);
        var sockets = SocketOptions.builder().connectTimeout(commandTimeout).build();
        if (clusterNodes != null && !clusterNodes.isBlank()) {
            List<RedisURI> nodes = Arrays.stream(clusterNodes.split(",")).map(String::strip)
                    .filter(node -> !node.isEmpty()).map(node -> uriOf(node, commandTimeout)).toList();
            RedisClusterClient clusterClient = RedisClusterClient.create(resources, nodes);
            clusterClient.setOptions(ClusterClientOptions.builder()
                    .timeoutOptions(timeouts)
                    .socketOptions(sockets)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enableAllAdaptiveRefreshTriggers()
                            .enablePeriodicRefresh(Duration.ofSeconds(30))
                            .build())
                    .build());
            this.client = clusterClient;
            this.cluster = true;
        } else {
            RedisClient single = RedisClient.create(resources, uriOf(url, commandTimeout));
            single.setOptions(ClientOptions.builder()
                    .timeoutOptions(timeouts)
                    .socketOptions(sockets)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            this.client = single;
            this.cluster = false;
        }
    }

    private static RedisURI uriOf(String address, Duration commandTimeout) {
        String url = address.contains("://") ? address : "redis://" + address;
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(commandTimeout);
        return uri;
    }

    /** Whether this is a Redis Cluster (no key renaming of older data there: see {@link KeyRenames}). */
    boolean isCluster() {
        return cluster;
    }

    /**
     * Runs blocking commands; call it off event-loop threads. On a cluster, multi-key commands
     * (MGET, DEL) are split by slot by Lettuce; scripts must keep to one slot.
     *
     * @param what what is being done, for the error message (no personal data)
     */
    <T> T call(String what, Function<RedisClusterCommands<String, String>, T> commands) {
        try {
            return commands.apply(sync(connection()));
        } catch (RedisException e) {
            throw new StoreUnavailable(what, e);
        }
    }

    /**
     * Sends a command without waiting for Redis's answer: for bookkeeping that a person's turn must
     * not wait for. Commands of this connection are run in the order they were sent, so a later
     * read through {@link #call} sees it. A failure to send throws; a failure in Redis is logged.
     *
     * @param what what is being done, for the error message (no personal data)
     */
    void send(String what, Function<RedisClusterAsyncCommands<String, String>, RedisFuture<?>> command) {
        try {
            command.apply(async(connection())).whenComplete((result, failure) -> {
                if (failure != null) {
                    LOG.warn("Redis could not {} ({})", what, failure.getClass().getSimpleName());
                }
            });
        } catch (RedisException e) {
            throw new StoreUnavailable(what, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static RedisClusterCommands<String, String> sync(StatefulConnection<String, String> connection) {
        return connection instanceof StatefulRedisClusterConnection<String, String> clustered
                ? clustered.sync() : ((StatefulRedisConnection<String, String>) connection).sync();
    }

    @SuppressWarnings("unchecked")
    private static RedisClusterAsyncCommands<String, String> async(StatefulConnection<String, String> connection) {
        return connection instanceof StatefulRedisClusterConnection<String, String> clustered
                ? clustered.async() : ((StatefulRedisConnection<String, String>) connection).async();
    }

    private StatefulConnection<String, String> connection() {
        StatefulConnection<String, String> open = connection;
        return open != null ? open : connect();
    }

    private synchronized StatefulConnection<String, String> connect() {
        if (connection == null) {
            connection = client instanceof RedisClusterClient clustered ? clustered.connect()
                    : ((RedisClient) client).connect();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
