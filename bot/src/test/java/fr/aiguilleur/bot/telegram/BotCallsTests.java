package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class BotCallsTests {

    /**
     * {@link FakeBotApi#FAST} with a timeout that a loaded machine does not reach by accident, so
     * that every call times out only when a test makes it.
     */
    static final TelegramSettings.Sending PATIENT = new TelegramSettings.Sending(10_000, 10_000, 100, 10_000,
            Duration.ofSeconds(5), FakeBotApi.FAST.firstRetryAfter(), FakeBotApi.FAST.attempts());
    static final FakeBotApi API = new FakeBotApi();
    static final TelegramHttp HTTP = new TelegramHttp(new TelegramSettings(FakeBotApi.TOKEN, API.url(), null, null, null,
            PATIENT));

    /** Pauses between attempts are noted, not slept: the retries follow one another at once. */
    final FakeTime time = new FakeTime();
    final BotCalls calls = new BotCalls(HTTP.client(), PATIENT, time);

    @AfterAll
    static void stop() {
        HTTP.close();
        API.close();
    }

    private BotCalls.Outcome send(String chat) {
        return calls.execute(new SendMessage(chat, "Bonjour"));
    }

    private static int attempts(String chat) {
        return API.messagesTo(chat).size();
    }

    @Nested
    class Retried {

        @Test
        void waitsTheTimeTelegramGivesAfterTooManyRequestsThenSends() {
            API.tooManyRequestsOnce("201", 1);

            assertThat(send("201")).isEqualTo(BotCalls.Outcome.DONE);
            assertThat(attempts("201")).isEqualTo(2);
            assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1));
        }

        @Test
        void retriesAfterAServerError() {
            API.serverErrorOnce("202");

            assertThat(send("202")).isEqualTo(BotCalls.Outcome.DONE);
            assertThat(attempts("202")).isEqualTo(2);
        }

        @Test
        void retriesAfterATimeout() {
            API.slowOnce("203", PATIENT.timeout().plus(Duration.ofSeconds(1)));

            assertThat(send("203")).isEqualTo(BotCalls.Outcome.DONE);
            assertThat(attempts("203")).isEqualTo(2);
        }

        @Test
        void givesUpAfterTheLastAttempt() {
            API.refuseMessagesTo("204");
            try {
                assertThat(send("204")).isEqualTo(BotCalls.Outcome.FAILED);
                assertThat(attempts("204")).isEqualTo(PATIENT.attempts());
            } finally {
                API.acceptMessagesAgain();
            }
        }
    }

    @Nested
    class NotRetried {

        @Test
        void tellsAPersonWhoBlockedTheBotAtTheFirstRefusal() {
            API.blockedBy("205");

            assertThat(send("205")).isEqualTo(BotCalls.Outcome.BLOCKED);
            assertThat(attempts("205")).isEqualTo(1);
        }

        @Test
        void givesUpAtOnceOnABadRequest() {
            API.badRequestFor("206", "Bad Request: message text is empty");

            assertThat(send("206")).isEqualTo(BotCalls.Outcome.FAILED);
            assertThat(attempts("206")).isEqualTo(1);
        }
    }
}
