package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SendingPaceTests {

    static final TelegramSettings.Sending TELEGRAM = TelegramSettings.Sending.DEFAULTS;

    final FakeTime time = new FakeTime();
    final SendingPace pace = new SendingPace(TELEGRAM, time);

    private void send(String chat, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            pace.awaitTurn(chat);
        }
    }

    @Nested
    class OnePerson {

        @Test
        void sendsAShortBurstAtOnce() throws InterruptedException {
            send("42", TELEGRAM.perChatBurst());

            assertThat(time.sleeps).isEmpty();
        }

        @Test
        void thenSendsAboutOneMessageASecond() throws InterruptedException {
            send("42", TELEGRAM.perChatBurst() + 3);

            assertThat(time.sleeps).hasSize(3).allSatisfy(sleep ->
                    assertThat(sleep).isBetween(Duration.ofMillis(990), Duration.ofMillis(1010)));
        }

        @Test
        void allowsABurstAgainAfterAQuietTime() throws InterruptedException {
            send("42", TELEGRAM.perChatBurst());
            time.pass(Duration.ofSeconds(10));

            send("42", TELEGRAM.perChatBurst());

            assertThat(time.sleeps).isEmpty();
        }

        @Test
        void doesNotMakeOtherPeopleWait() throws InterruptedException {
            send("42", TELEGRAM.perChatBurst());

            send("43", TELEGRAM.perChatBurst());

            assertThat(time.sleeps).isEmpty();
        }
    }

    @Nested
    class Groups {

        @Test
        void sendsAboutTwentyMessagesAMinuteToAGroup() throws InterruptedException {
            send("-100777", TELEGRAM.perChatBurst() + 1);

            assertThat(time.sleeps).singleElement().satisfies(sleep ->
                    assertThat(sleep).isBetween(Duration.ofMillis(2990), Duration.ofMillis(3010)));
        }
    }

    @Nested
    class WholeBot {

        @Test
        void sendsAboutThirtyMessagesASecondOverall() throws InterruptedException {
            for (int chat = 1; chat <= 60; chat++) {
                send(Integer.toString(chat), 1);
            }

            long waited = time.sleeps.stream().mapToLong(Duration::toMillis).sum();
            assertThat(time.sleeps).hasSize(30);
            assertThat(waited).isBetween(990L, 1010L);
        }
    }
}
