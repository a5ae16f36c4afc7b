package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

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

    @Test
    void makesACallOnTheThreadAskingForIt() throws Exception {
        try (var api = new FakeBotApi(); var http = new TelegramHttp(api.settings())) {
            var sent = http.client().executeAsync(SendMessage.builder().chatId("31").text("Bonjour").build());

            assertThat(sent).isDone();
            assertThat(sent.get().getMessageId()).isEqualTo(1);
            assertThat(api.messagesTo("31")).hasSize(1);
        }
    }

    @Test
    void refusesCallsOnceClosed() throws Exception {
        try (var api = new FakeBotApi()) {
            var http = new TelegramHttp(api.settings());
            http.close();

            var refused = http.client().executeAsync(SendMessage.builder().chatId("32").text("Bonjour").build());

            assertThat(refused).isCompletedExceptionally();
            assertThat(api.messagesTo("32")).isEmpty();
        }
    }
}
