package fr.aiguilleur.bot.instances;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.aiguilleur.bot.telegram.FakeBotApi;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Three instances of the packaged service on one Redis (AOF on), behind a load balancer played by
 * the test, with a stand-in Bot API and a stand-in CRM. The tests run in order: the last ones kill
 * instances.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneRedisInstancesTests {

    static final String PASSWORD = "un-mot-de-passe-de-test";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static RedisProcess redis;
    static FakeBotApi botApi;
    static WireMockServer crm;
    static Map<String, String> environment;
    static final List<Instance> instances = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        redis = RedisProcess.start(dir, "--appendonly", "yes", "--appendfsync", "everysec");
        botApi = new FakeBotApi();
        crm = new WireMockServer(options().dynamicPort());
        crm.start();
        crm.stubFor(post(urlEqualTo("/leads")).willReturn(aResponse().withStatus(200)));
        environment = Instance.environment(botApi.url(), Map.of("REDIS_URL", redis.url()));
        environment.put("AIGUILLEUR_CONFIG_DIR", configWithPassword().toString());
        environment.put("AIGUILLEUR_CRM_WEBHOOK_URL", "http://127.0.0.1:" + crm.port() + "/leads");
        environment.put("AIGUILLEUR_CRM_WEBHOOK_SECRET", "crm-secret");
        environment.put("AIGUILLEUR_CRM_SEND_EVERY", "300ms");
        environment.put("FORWARD_HEADERS_STRATEGY", "framework");
        instances.addAll(startAll(3));
    }

    static List<Instance> startAll(int count) throws Exception {
        var starting = IntStream.range(0, count).mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Instance.start("one-redis-" + i, Instance.LOGS, environment))).toList();
        var started = new ArrayList<Instance>();
        for (var instance : starting) {
            started.add(instance.get());
        }
        return started;
    }

    /** The operator's folder with a password for the admin's dashboard login, the same for every instance. */
    static Path configWithPassword() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path source = Path.of(System.getProperty("aiguilleur.config", "../config"));
        Files.copy(source.resolve("services.yaml"), config.resolve("services.yaml"));
        String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
        Files.writeString(config.resolve("coordinators.yaml"), Files.readString(source.resolve("coordinators.yaml"))
                .replace("dashboard: {username: camille, admin: true}",
                        "dashboard: {username: camille, admin: true, password_hash: \"" + hash + "\"}"));
        return config;
    }

    @AfterAll
    static void stop() {
        instances.forEach(Instance::kill);
        if (botApi != null) {
            botApi.close();
        }
        if (crm != null) {
            crm.stop();
        }
        if (redis != null) {
            redis.kill();
        }
    }

    @Test
    @Order(1)
    void aCoordinatorSignedInOnOneInstanceIsServedByAnotherWithASecureCookieBehindHttps() throws Exception {
        Instance first = instances.get(0);
        Instance second = instances.get(1);
        var page = HTTP.send(HttpRequest.newBuilder(first.uri("/dashboard/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page);
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(set -> assertThat(set).contains("Secure"));
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form has a CSRF token").isTrue();

        var signIn = HTTP.send(HttpRequest.newBuilder(first.uri("/dashboard/login"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", "camille", "password", PASSWORD,
                        "_csrf", csrf.group(1))))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/dashboard/leads");
        String signedIn = signIn.headers().allValues("Set-Cookie").isEmpty() ? cookie : sessionCookie(signIn);

        var leads = HTTP.send(HttpRequest.newBuilder(second.uri("/dashboard/leads")).header("Cookie", signedIn).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(leads.statusCode()).isEqualTo(200);
        var anonymous = HTTP.send(HttpRequest.newBuilder(second.uri("/dashboard/leads")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    @Test
    @Order(2)
    void twoInstancesPostEachCrmDeliveryOnce() {
        int deliveries = 33;
        var client = io.lettuce.core.RedisClient.create(redis.url());
        try (var connection = client.connect()) {
            var commands = connection.sync();
            for (int i = 0; i < deliveries; i++) {
                String id = "delivery-" + i;
                commands.hset("aiguilleur:crm:outbox", id, """
                        {"deliveryId":"%s","event":"lead.confirmed","leadId":"lead-%d","body":"{\\"leadId\\":\\"lead-%d\\"}",\
                        "attempts":0,"nextAttemptAt":"%s"}""".formatted(id, i, i, Instant.now()));
                commands.zadd("{aiguilleur:crm:outbox}:due", Instant.now().toEpochMilli(), id);
            }
        } finally {
            client.shutdown();
        }
        assertThat(instances.stream().filter(Instance::alive).count()).isGreaterThanOrEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).until(() -> crm.findAll(postRequestedFor(urlEqualTo("/leads"))).size()
                >= deliveries);
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        Map<String, Long> posts = crm.findAll(postRequestedFor(urlEqualTo("/leads"))).stream()
                .collect(Collectors.groupingBy(request -> request.getHeader("Idempotency-Key"), Collectors.counting()));
        Figures.note("CRM, two instances and more on one Redis: %d deliveries, %d posts, %d posted twice".formatted(
                deliveries, posts.values().stream().mapToLong(Long::longValue).sum(),
                posts.values().stream().filter(count -> count > 1).count()));
        assertThat(posts).hasSize(deliveries).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    @Test
    @Order(3)
    void threeHundredConversationsWithRepeatsAndAnInstanceKilledAreEachAnsweredOnceInOrder() throws Exception {
        CrowdRun.run("one Redis, three instances", new TelegramCrowd(botApi, () -> instances), instances, 7_100_000);
    }

    @Test
    @Order(4)
    void updatesAcknowledgedWhenEveryInstanceIsKilledAreAnsweredOnceAfterARestart() throws Exception {
        var crowd = new TelegramCrowd(botApi, () -> instances);
        List<Long> people = LongStream.rangeClosed(7_900_001, 7_900_120).boxed().toList();
        var slow = botApi.slowMessages(Duration.ofSeconds(2));
        var senders = java.util.concurrent.Executors.newFixedThreadPool(12);
        for (var sent : senders.invokeAll(people.stream().<java.util.concurrent.Callable<Object>>map(chat -> () -> {
            crowd.post(TelegramCrowd.text("/start").update((int) (chat - 7_000_000), chat));
            return null;
        }).toList())) {
            sent.get();
        }
        senders.shutdown();
        instances.forEach(Instance::kill);
        botApi.remove(slow);
        Map<Long, List<String>> before = crowd.transcripts();
        long answeredBefore = people.stream().filter(before::containsKey).count();

        instances.add(Instance.start("restarted", Instance.LOGS, environment));
        Map<Long, List<String>> answers = crowd.awaitAnswers(people, 1, Duration.ofMinutes(2));

        Figures.note(("kill -9 of every instance with %d updates acknowledged, %d answered (or being answered) before "
                + "the kill; after a restart: %d answered, %d answered twice").formatted(people.size(), answeredBefore,
                        answers.values().stream().filter(got -> !got.isEmpty()).count(),
                        answers.values().stream().filter(got -> got.size() > 1).count()));
        assertThat(answeredBefore).isLessThan(people.size());
        // At most once: a reply noted by a killed instance just before its Bot API call may be lost,
        // never sent twice; the restarted instance logs each update it took over in that state.
        long uncertain = instances.stream().filter(Instance::alive).mapToLong(Instance::takenOverMidSend).sum();
        assertThat(answers.values().stream().filter(got -> !got.isEmpty()).distinct())
                .as("every person answered got the same welcome").hasSize(1);
        assertThat(answers.values()).as("nobody answered twice").allMatch(got -> got.size() <= 1);
        assertThat(people.stream().filter(chat -> answers.getOrDefault(chat, List.of()).isEmpty()).count())
                .as("answers lost beyond those being sent at the kill").isLessThanOrEqualTo(uncertain);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith("SESSION="))
                .map(set -> set.substring(0, set.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String form(Map<String, String> fields) {
        Function<String, String> encoded = value -> URLEncoder.encode(value, StandardCharsets.UTF_8);
        return fields.entrySet().stream().map(field -> encoded.apply(field.getKey()) + "=" + encoded.apply(field.getValue()))
                .collect(Collectors.joining("&"));
    }
}
