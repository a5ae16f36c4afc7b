package fr.aiguilleur.bot.instances;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real redis-server process on loopback, from the binary inside the embedded-redis jar (Redis
 * 6.2, Linux x86-64), started with whatever arguments a test needs: a plain server, a cluster node
 * ({@code --cluster-enabled yes}), a replica, or a sentinel. Nothing to install besides the JDK.
 */
public final class RedisProcess implements AutoCloseable {

    private static Path binary;

    final int port;
    private final Process process;

    private RedisProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts redis-server on a free port in a folder of its own and waits until it answers. */
    static RedisProcess start(Path dir, String... arguments) {
        return startWith(dir, null, arguments);
    }

    /** @param config a configuration file to start with (a sentinel needs one it can rewrite), or null */
    static RedisProcess startWith(Path dir, String config, String... arguments) {
        int port = freePort();
        try {
            Path home = Files.createDirectories(dir.resolve("redis-" + port));
            var command = new ArrayList<String>(List.of(binary().toString()));
            if (config != null) {
                Path file = home.resolve("redis.conf");
                Files.writeString(file, "port " + port + "\n" + config);
                command.add(file.toString());
            }
            command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
                    "--dir", home.toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(home.resolve("redis.log").toFile()).start();
            var started = new RedisProcess(port, process);
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(started::answers);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server", e);
        }
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    String url() {
        return "redis://" + address();
    }

    boolean answers() {
        RedisClient client = RedisClient.create(RedisURI.create(url()));
        try (var connection = client.connect()) {
            return "PONG".equals(connection.sync().ping());
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
        }
    }

    /** Kills it at once, as a crashed machine. */
    public void kill() {
        Processes.kill(process);
    }

    @Override
    public void close() {
        kill();
    }

    private static synchronized Path binary() throws IOException {
        if (binary == null) {
            try (InputStream in = RedisProcess.class.getResourceAsStream("/redis-server-6.2.6-v5-linux-amd64")) {
                if (in == null) {
                    throw new IOException("no redis-server binary for this platform in the embedded-redis jar");
                }
                Path file = Files.createTempFile("redis-server-", "");
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                file.toFile().setExecutable(true);
                file.toFile().deleteOnExit();
                binary = file;
            }
        }
        return binary;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
