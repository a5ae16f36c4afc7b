package fr.aiguilleur.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@BotTest
class MessagesTests {

    @Autowired
    MessageSource messages;

    @Autowired
    ITemplateEngine templates;

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

    @Test
    void readsTheSameBundlesAsTheDialogueAndKeepsApostrophesPlain() {
        assertThat(messages.getMessage("check.unknown-option", new Object[] {"sector", "bakery", "retail"},
                Locale.FRENCH)).isEqualTo(Texts.of("fr").get("check.unknown-option", "sector", "bakery", "retail"))
                .contains("n'a pas");
    }

    @Test
    void answersTheDefaultOrRefusesForAnUnknownKey() {
        assertThat(messages.getMessage("no.such.key", null, "default", Locale.FRENCH)).isEqualTo("default");
        assertThatThrownBy(() -> messages.getMessage("no.such.key", null, Locale.FRENCH))
                .isInstanceOf(NoSuchMessageException.class);
    }

    @Test
    void givesTemplatesTheBundlesInTheReadersLanguage() {
        var arguments = Map.<String, Object>of("question", "sector", "option", "bakery", "options", "retail");
        assertThat(templates.process("texts/probe", new Context(Locale.FRENCH, arguments)))
                .contains("« sector » n&#39;a pas de réponse « bakery ». Réponses possibles : retail.", ">nouvelle<");
        assertThat(templates.process("texts/probe", new Context(Locale.ENGLISH, arguments)))
                .contains("&quot;sector&quot; has no answer &quot;bakery&quot;", ">new<");
    }
}
