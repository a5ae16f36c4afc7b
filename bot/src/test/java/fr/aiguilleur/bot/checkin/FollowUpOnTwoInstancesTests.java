package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.AiguilleurApplication;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.bot.support.TestRedis;
import fr.aiguilleur.bot.telegram.FakeBotApi;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two instances of the service on one Redis run the follow-up job at the same moment, over the
 * same due check-ins: each person gets their follow-up once, whichever instance sends it.
 */
class FollowUpOnTwoInstancesTests {

    static final TestClock CLOCK = new TestClock(Instant.parse("2026-06-01T08:00:00Z"));
    static final int PEOPLE = 40;

    private static TestRedis.Server redis;
    private static FakeBotApi api;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    /** The clock both instances read, moved by the test. */
    @Configuration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    @BeforeAll
    static void start() {
        redis = TestRedis.Server.start();
        api = new FakeBotApi();
        first = instance();
        second = instance();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> instance.getBean(RulesInUse.class).ready().isPresent());
        }
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        api.close();
        redis.stop();
    }

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(AiguilleurApplication.class, MovableClock.class).run(
                "--server.port=0",
                "--aiguilleur.redis.url=" + redis.url(),
                "--aiguilleur.telegram.token=" + FakeBotApi.TOKEN,
                "--aiguilleur.telegram.api-url=" + api.url(),
                "--aiguilleur.telegram.coordinator-chat-id=-100444",
                "--aiguilleur.telegram.sending.per-second=10000",
                "--aiguilleur.telegram.sending.per-chat-per-second=10000",
                "--aiguilleur.telegram.sending.per-chat-burst=100",
                "--aiguilleur.rules.dir=",
                "--aiguilleur.config-dir=target/no-operator-config");
    }

    @Test
    void sendEachFollowUpOnceWhenBothRunTheJobAtOnce() throws Exception {
        CheckIns store = first.getBean(CheckIns.class);
        List<String> chats = IntStream.range(0, PEOPLE).mapToObj(i -> Long.toString(6_200_000L + i)).toList();
        Instant agreed = CLOCK.instant();
        chats.forEach(chat -> store.add(agreed(chat, agreed)));
        CLOCK.advance(Duration.ofDays(42));

        var barrier = new CyclicBarrier(2);
        var runs = List.of(first, second).stream().map(instance -> CompletableFuture.supplyAsync(() -> {
            together(barrier);
            return instance.getBean(CheckInJob.class).run();
        })).toList();
        int sent = runs.stream().mapToInt(CompletableFuture::join).sum();

        assertThat(sent).isEqualTo(PEOPLE);
        Map<String, Long> perChat = api.calls("sendmessage").stream()
                .map(body -> String.valueOf(body.get("chat_id"))).filter(chats::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perChat).hasSize(PEOPLE).allSatisfy((chat, count) -> assertThat(count).as(chat).isEqualTo(1));
        assertThat(second.getBean(CheckIns.class).all()).filteredOn(checkIn -> chats.contains(chat(checkIn)))
                .hasSize(PEOPLE).allSatisfy(checkIn -> assertThat(checkIn.status()).isEqualTo(CheckInStatus.ASKING));

        assertThat(first.getBean(CheckInJob.class).run() + second.getBean(CheckInJob.class).run()).isZero();
    }

    private static CheckIn agreed(String chat, Instant at) {
        Answers answers = new Answers(Map.of("role", List.of("owner"), "customers_online", List.of("often")));
        return CheckIn.agreed(new DialogueEvent.FollowUpAccepted(UUID.randomUUID().toString(),
                new ConversationId("telegram:" + chat), Channel.TELEGRAM, "fr", answers, Samples.diagnosis(), null, at));
    }

    private static String chat(CheckIn checkIn) {
        return checkIn.conversationId().value().substring("telegram:".length());
    }

    private static void together(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
