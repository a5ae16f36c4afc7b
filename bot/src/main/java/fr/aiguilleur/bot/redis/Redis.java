package fr.aiguilleur.bot.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shared Lettuce connection, opened on first use and reopened after a failed connection
 * attempt. Every command has a timeout and fails at once while disconnected (no buffering), so an
 * outage surfaces as {@link StoreUnavailable} instead of a hang or a late replay.
 */
final class Redis implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Redis.class);

    private final RedisClient client;
    // Read without a lock on every command: the workers of all chats share it.
    private volatile StatefulRedisConnection<String, String> connection;

    Redis(String url, Duration commandTimeout) {
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(commandTimeout);
        client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    /**
     * Runs blocking commands; call it off event-loop threads.
     *
     * @param what what is being done, for the error message (no personal data)
     */
    <T> T call(String what, Function<RedisCommands<String, String>, T> commands) {
        try {
            return commands.apply(connection().sync());
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
    void send(String what, Function<RedisAsyncCommands<String, String>, RedisFuture<?>> command) {
        try {
            command.apply(connection().async()).whenComplete((result, failure) -> {
                if (failure != null) {
                    LOG.warn("Redis could not {} ({})", what, failure.getClass().getSimpleName());
                }
            });
        } catch (RedisException e) {
            throw new StoreUnavailable(what, e);
        }
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        return open != null ? open : connect();
    }

    private synchronized StatefulRedisConnection<String, String> connect() {
        if (connection == null) {
            connection = client.connect();
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
