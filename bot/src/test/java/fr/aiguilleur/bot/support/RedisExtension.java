package fr.aiguilleur.bot.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Redis for the tests of a class, over {@link TestRedis}: either the server shared by the
 * whole JVM, or a server of the test's own that it may stop to play an outage. What a test opens
 * through it (clients, the inspecting connection, the own server) is closed after the class when
 * the extension is a static field, after each test when it is an instance field.
 *
 * <pre>
 * &#64;RegisterExtension static final RedisExtension REDIS = RedisExtension.shared();
 * static final Redis redis = REDIS.open(url -&gt; new Redis(url, TIMEOUT)); // REDIS.commands() to look inside
 * &#64;RegisterExtension final RedisExtension own = RedisExtension.ownServer(); // own.stopServer(), own.startServer()
 * </pre>
 *
 * Tests sharing the JVM's server use unique ids, never FLUSHDB.
 */
public final class RedisExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    private final boolean ownServer;
    private final Deque<AutoCloseable> opened = new ConcurrentLinkedDeque<>();
    private volatile String registeredBy;
    private TestRedis.Server server;
    private RedisCommands<String, String> commands;

    private RedisExtension(boolean ownServer) {
        this.ownServer = ownServer;
    }

    /** The redis-server shared by every test of this JVM (or the one at {@code REDIS_URL}). */
    public static RedisExtension shared() {
        return new RedisExtension(false);
    }

    /** A redis-server of this extension's own, started on first use, which tests may stop. */
    public static RedisExtension ownServer() {
        return new RedisExtension(true);
    }

    /** A URL where nothing listens. */
    public static String closedPortUrl() {
        return TestRedis.closedPortUrl();
    }

    /** The URL of this extension's Redis. */
    public String url() {
        return ownServer ? server().url() : TestRedis.url();
    }

    /** Opens a client of this Redis, closed with the extension's other resources. */
    public <T extends AutoCloseable> T open(Function<String, T> client) {
        T resource = client.apply(url());
        opened.push(resource);
        return resource;
    }

    /** Plain Lettuce commands on this Redis, for tests to look at what the stores wrote. */
    public synchronized RedisCommands<String, String> commands() {
        if (commands == null) {
            RedisClient client = open(RedisClient::create);
            StatefulRedisConnection<String, String> connection = open(url -> client.connect());
            commands = connection.sync();
        }
        return commands;
    }

    /** Stops this extension's own server, as in an outage; clients keep its URL. */
    public void stopServer() {
        server().stop();
    }

    /** Starts this extension's own server again, on the same port. */
    public void startServer() {
        try {
            server().process().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the redis-server again", e);
        }
    }

    private synchronized TestRedis.Server server() {
        if (!ownServer) {
            throw new IllegalStateException("the shared Redis is never stopped: use RedisExtension.ownServer()");
        }
        if (server == null) {
            server = TestRedis.Server.start();
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (registeredBy == null) {
            registeredBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (context.getUniqueId().equals(registeredBy)) {
            close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (registeredBy == null) {
            close();
        }
    }

    private synchronized void close() throws Exception {
        for (AutoCloseable resource = opened.poll(); resource != null; resource = opened.poll()) {
            resource.close();
        }
        commands = null;
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
