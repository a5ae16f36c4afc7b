package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Calls to the Bot API counted by outcome, against WireMock playing Telegram. */
class TelegramMetersTests {

    static final FakeBotApi API = new FakeBotApi();

    /** As {@link FakeBotApi#FAST}, with a timeout long enough that a loaded machine does not add tries. */
    static final TelegramSettings.Sending PATIENT = new TelegramSettings.Sending(10_000, 10_000, 100, 10_000,
            Duration.ofSeconds(20), Duration.ofMillis(20), 4);

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TelegramHttp http = new TelegramHttp(new TelegramSettings(FakeBotApi.TOKEN, API.url(), null, null, null,
            PATIENT), new BotApiMeters(meters));
    final BotCalls calls = new BotCalls(http.client(), PATIENT, SendingPace.Time.SYSTEM);

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
            assertThat(count("ok")).as("301 and 302, once retried").isEqualTo(2);
            assertThat(count("error")).isZero();
        }
    }
}
