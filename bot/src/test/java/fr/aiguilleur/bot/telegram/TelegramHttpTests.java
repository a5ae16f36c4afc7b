package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramHttpTests {

    @Test
    void reachesTheRealBotApiOverHttpsByDefault() {
        assertThat(TelegramHttp.telegramUrl("https://api.telegram.org"))
                .isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void reachesAnotherServerOnItsPort() {
        assertThat(TelegramHttp.telegramUrl("http://localhost:8089/"))
                .isEqualTo(new TelegramUrl("http", "localhost", 8089, false));
    }

    @Test
    void refusesABaseUrlWithAPathItCouldNotServe() {
        assertThatThrownBy(() -> TelegramHttp.telegramUrl("https://proxy.example.fr/telegram"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TELEGRAM_API_URL");
    }
}
