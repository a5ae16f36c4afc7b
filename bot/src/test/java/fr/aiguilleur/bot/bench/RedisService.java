package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.AiguilleurApplication;
import fr.aiguilleur.bot.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service as in production with its Redis stores, for the conversation benchmarks: a
 * redis-server of its own on loopback (or the one at {@code REDIS_URL}), the whole Spring Boot
 * application pointed at it, and a separate connection to look into Redis (memory, keys).
 */
final class RedisService implements AutoCloseable {

    final ConfigurableApplicationContext app;
    final RedisCommands<String, String> inspect;
    private final TestRedis.Server server;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    private RedisService(TestRedis.Server server, String url, ConfigurableApplicationContext app) {
        this.server = server;
        this.app = app;
        this.client = RedisClient.create(url);
        this.connection = client.connect();
        this.inspect = connection.sync();
    }

    /** Starts Redis (or takes {@code REDIS_URL}), then the service with these extra sources and settings. */
    static RedisService start(List<Class<?>> sources, String... settings) {
        String configured = System.getenv("REDIS_URL");
        boolean own = configured == null || configured.isBlank();
        return start(own ? TestRedis.Server.start() : null, own ? null : configured, sources, settings);
    }

    /** The same with a redis-server of its own whatever {@code REDIS_URL} says: for a benchmark that empties it. */
    static RedisService startOwn(List<Class<?>> sources, String... settings) {
        return start(TestRedis.Server.start(), null, sources, settings);
    }

    private static RedisService start(TestRedis.Server server, String configured, List<Class<?>> sources,
            String... settings) {
        String url = server != null ? server.url() : configured;
        var all = new ArrayList<Class<?>>(List.of(AiguilleurApplication.class));
        all.addAll(sources);
        var arguments = new ArrayList<>(List.of("--server.port=0", "--aiguilleur.redis.url=" + url,
                "--aiguilleur.telegram.token=", "--logging.level.root=WARN"));
        arguments.addAll(List.of(settings));
        try {
            var app = new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(arguments.toArray(String[]::new));
            return new RedisService(server, url, app);
        } catch (RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    /** Redis's {@code used_memory}, in bytes. */
    long usedMemory() {
        return infoField("memory", "used_memory");
    }

    long keys() {
        return inspect.dbsize();
    }

    long infoField(String section, String field) {
        for (String line : inspect.info(section).split("\r?\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).strip());
            }
        }
        throw new IllegalStateException("no " + field + " in INFO " + section);
    }

    String redisVersion() {
        for (String line : inspect.info("server").split("\r?\n")) {
            if (line.startsWith("redis_version:")) {
                return line.substring("redis_version:".length()).strip();
            }
        }
        return "unknown";
    }

    static String machine() {
        return String.format(Locale.ROOT, "%d cores, %s %s, load average: %s",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), loadAverage());
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            app.close();
            connection.close();
            client.shutdown();
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }
}
