package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.telegram.coordinators.CoordinatorNotification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.leads.LeadListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@BotTest
class TelegramOffTests {

    @Autowired
    ApplicationContext context;

    @Test
    void startsWithoutAnyTelegramPartWhenNoTokenIsSet() {
        assertThat(context.getBeansOfType(TelegramPolling.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramHttp.class)).isEmpty();
        assertThat(context.getBeansOfType(ChatReplies.class)).isEmpty();
        assertThat(context.getBeansOfType(TelegramWebhook.class)).isEmpty();
        assertThat(context.getBeansOfType(WebhookRegistration.class)).isEmpty();
        assertThat(context.getBeansOfType(UpdateDedup.class)).isEmpty();
        assertThat(context.getBeansOfType(LeadListener.class).values())
                .noneMatch(listener -> listener instanceof CoordinatorNotification);
    }
}
