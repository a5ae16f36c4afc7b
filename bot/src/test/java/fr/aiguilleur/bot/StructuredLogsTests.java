package fr.aiguilleur.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.ChatVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service started as an operator would with {@code AIGUILLEUR_LOG_FORMAT=ecs}, in a process of
 * its own (the log format is the JVM's): every line is a JSON object, and a whole conversation with
 * a name and a phone number leaves neither in the logs.
 */
class StructuredLogsTests {

    private static final Pattern PORT = Pattern.compile("Netty started on port (\\d+)");

    @Test
    void writesOneJsonObjectPerLineWithoutThePersonsData(@TempDir Path folder) throws Exception {
        Path log = folder.resolve("service.log");
        var launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AiguilleurApplication.class.getName(),
                "--server.port=0", "--aiguilleur.redis.url=", "--aiguilleur.telegram.token=",
                "--aiguilleur.config-dir=target/no-operator-config")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        launch.environment().put("AIGUILLEUR_LOG_FORMAT", "ecs");
        launch.environment().remove("REDIS_URL");
        Process service = launch.start();
        try {
            String port = await().atMost(Duration.ofSeconds(120)).until(() -> port(log), found -> found != null);
            WebTestClient client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                    .responseTimeout(Duration.ofSeconds(30)).build();
            var answers = new LinkedHashMap<>(Personas.named("boulangere-seule-demarches-difficiles").answers());
            new ChatVisitor(client).taps("consent", "yes").answers(answers).taps("visit_offer", "accept")
                    .taps("availability", "early").taps("availability", "done").taps("visit_format", "onsite")
                    .taps("slot", "none").types("Marjolaine").taps("contact_channel", "phone").types("06 98 76 54 32")
                    .taps("confirm", "yes");
        } finally {
            service.destroy();
            service.waitFor();
        }

        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            JsonNode entry = json.readTree(line);
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
        });
        assertThat(String.join("\n", lines)).contains("lead")
                .doesNotContain("Marjolaine", "06 98 76 54 32", "0698765432", "+33698765432", "698765432");
    }

    private static String port(Path log) throws IOException {
        if (!Files.exists(log)) {
            return null;
        }
        Matcher found = PORT.matcher(Files.readString(log));
        return found.find() ? found.group(1) : null;
    }
}
