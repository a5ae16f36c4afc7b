package fr.aiguilleur.bot.instances;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of the service as an operator runs it: the packaged jar ({@code java -jar}) in a
 * process of its own, configured by environment variables, its log in a file. Killed with
 * SIGKILL ({@code kill -9}) to play a crash.
 */
final class Instance implements AutoCloseable {

    static final String TOKEN = "123456:TEST-token";
    static final String SECRET = "shared_webhook_secret";
    /** Where the instances' logs are kept, to read after a run. */
    static final Path LOGS = Path.of("target", "instances", "logs");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private Instance(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The environment every instance of a test shares: the bot, its webhook, fast settings. */
    static Map<String, String> environment(String botApiUrl, Map<String, String> redis) {
        var env = new HashMap<String, String>(redis);
        env.put("TELEGRAM_BOT_TOKEN", TOKEN);
        env.put("TELEGRAM_API_URL", botApiUrl);
        env.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.fr/telegram/webhook");
        env.put("TELEGRAM_WEBHOOK_SECRET", SECRET);
        // The stand-in Bot API has no limits: the shared pace is tested on its own.
        env.put("AIGUILLEUR_TELEGRAM_SENDING_PER_SECOND", "2000");
        env.put("AIGUILLEUR_TELEGRAM_SENDING_PER_CHAT_PER_SECOND", "200");
        env.put("AIGUILLEUR_TELEGRAM_SENDING_TIMEOUT", "5s");
        env.put("AIGUILLEUR_TELEGRAM_INTAKE_LEASE", "2s");
        env.put("AIGUILLEUR_TELEGRAM_INTAKE_IDLE_POLL", "100ms");
        return env;
    }

    /** Starts the jar and waits until it is ready (rules built, web server up). */
    static Instance start(String name, Path dir, Map<String, String> environment) {
        int port = RedisProcess.freePort();
        try {
            Path log = Files.createDirectories(dir).resolve(name + "-" + port + ".log");
            var command = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-jar", jar()));
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("PORT", Integer.toString(port));
            var instance = new Instance(name, port, log, builder.start());
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                    .until(instance::ready);
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    boolean ready() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " stopped; see " + log);
        }
        return HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** How many updates this instance took over from a stopped one while one of their replies was being sent. */
    long takenOverMidSend() {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("taken over after")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Kills it at once ({@code kill -9}): nothing is finished, nothing handed over. */
    void kill() {
        Processes.kill(process);
    }

    @Override
    public void close() {
        kill();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String jar() {
        String jar = System.getProperty("aiguilleur.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("the packaged jar is needed: run these tests with maven-failsafe "
                    + "after package (./mvnw verify); aiguilleur.jar=" + jar);
        }
        return jar;
    }
}
