package fr.aiguilleur.bot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import redis.embedded.RedisServer;

/**
 * A real Redis for tests: the one at {@code REDIS_URL} when that variable is set, otherwise a
 * redis-server started from the embedded-redis binaries once per JVM (on a free port, without
 * persistence) and stopped when the JVM ends. Tests sharing it use unique ids, never FLUSHDB.
 * Tests reach it through {@link RedisExtension}; the benchmarks start servers here directly.
 */
public final class TestRedis {

    private static String sharedUrl;

    private TestRedis() {
    }

    /** The URL of the Redis shared by the tests of this JVM. */
    public static synchronized String url() {
        if (sharedUrl == null) {
            String configured = System.getenv("REDIS_URL");
            if (configured != null && !configured.isBlank()) {
                sharedUrl = configured;
            } else {
                Server server = Server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-redis-stop"));
                sharedUrl = server.url();
            }
        }
        return sharedUrl;
    }

    /** A URL where nothing listens: a free local port. */
    public static String closedPortUrl() {
        return "redis://127.0.0.1:" + freePort();
    }

    /** A redis-server of one test's own, which the test may stop to play an outage. */
    public record Server(RedisServer process, int port) {

        public static Server start() {
            int port = freePort();
            try {
                RedisServer process = RedisServer.newRedisServer()
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                process.start();
                return new Server(process, port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded redis-server", e);
            }
        }

        public String url() {
            return "redis://127.0.0.1:" + port;
        }

        public void stop() {
            try {
                process.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
