package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Calls to the Bot API counted by outcome, against WireMock playing Telegram. */
class TelegramMetersTests {

    static final FakeBotApi API = new FakeBotApi();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TelegramHttp http = new TelegramHttp(API.settings(), new BotApiMeters(meters));
    final BotCalls calls = new BotCalls(http.client(), FakeBotApi.FAST, SendingPace.Time.SYSTEM);

    @AfterAll
    static void stop() {
        API.close();
    }

    private double count(String outcome) {
        return meters.get(BotApiMeters.NAME).tag("outcome", outcome).counter().count();
    }

    @Test
    void countsEachTryByOutcomeRetriesIncluded() {
        try (http) {
            API.tooManyRequestsOnce("301", 1);
            API.serverErrorOnce("302");
            API.blockedBy("303");

            calls.execute(new SendMessage("301", "Bonjour"));
            calls.execute(new SendMessage("302", "Bonjour"));
            calls.execute(new SendMessage("303", "Bonjour"));

            assertThat(count("429")).isEqualTo(1);
            assertThat(count("5xx")).isEqualTo(1);
            assertThat(count("403")).isEqualTo(1);
            assertThat(count("ok")).as("301 and 302 once retried; a timeout on a loaded machine counts as error")
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
