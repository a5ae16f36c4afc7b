package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

class BotCallsTests {

    static final FakeBotApi API = new FakeBotApi();
    static final TelegramHttp HTTP = new TelegramHttp(API.settings());

    final BotCalls calls = new BotCalls(HTTP.client(), FakeBotApi.FAST, SendingPace.Time.SYSTEM);

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
        }

        @Test
        void retriesAfterAServerError() {
            API.serverErrorOnce("202");

            assertThat(send("202")).isEqualTo(BotCalls.Outcome.DONE);
            assertThat(attempts("202")).isEqualTo(2);
        }

        @Test
        void retriesAfterATimeout() {
            API.slowOnce("203", FakeBotApi.FAST.timeout().plus(Duration.ofSeconds(1)));

            assertThat(send("203")).isEqualTo(BotCalls.Outcome.DONE);
            assertThat(attempts("203")).isEqualTo(2);
        }

        @Test
        void givesUpAfterTheLastAttempt() {
            API.refuseMessagesTo("204");
            try {
                assertThat(send("204")).isEqualTo(BotCalls.Outcome.FAILED);
                assertThat(attempts("204")).isEqualTo(FakeBotApi.FAST.attempts());
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
