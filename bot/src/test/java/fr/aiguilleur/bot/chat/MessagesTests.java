package fr.aiguilleur.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

@BotTest
class MessagesTests {

    @Autowired
    MessageSource messages;

    @Test
    void asksToRetryInFrench() {
        assertThat(messages.getMessage("switchboard.busy", null, Locale.FRENCH))
                .isEqualTo("Un instant, s'il vous plaît : réessayez dans une minute.");
    }

    @Test
    void fallsBackToFrenchNotToTheMachinesLanguage() {
        assertThat(messages.getMessage("switchboard.busy", null, Locale.GERMAN)).startsWith("Un instant");
    }

    @Test
    void hasEnglishToo() {
        assertThat(messages.getMessage("switchboard.busy", null, Locale.ENGLISH)).startsWith("One moment");
    }
}
