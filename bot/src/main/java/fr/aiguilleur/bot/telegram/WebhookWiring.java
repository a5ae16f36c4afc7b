package fr.aiguilleur.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook, when a bot token and a webhook URL are set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.telegram.token:}'.isEmpty() && !'${aiguilleur.telegram.webhook-url:}'.isEmpty()")
class WebhookWiring {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWiring.class);

    @Bean
    WebhookSecret webhookSecret(TelegramSettings settings) {
        WebhookSecret secret = WebhookSecret.of(settings.webhookSecret());
        if (secret.generated()) {
            LOG.info("no TELEGRAM_WEBHOOK_SECRET: a new secret is drawn at each start. "
                    + "Set one when several instances serve the same bot.");
        }
        return secret;
    }

    @Bean
    TelegramWebhook telegramWebhook(TelegramSettings settings, WebhookSecret secret, TelegramUpdates updates,
            TelegramHttp http) {
        return new TelegramWebhook(settings.webhookUrl(), secret, updates, http.json());
    }

    @Bean
    NettyRouteProvider telegramWebhookRoute(TelegramWebhook webhook) {
        return webhook.route();
    }

    @Bean
    WebhookRegistration webhookRegistration(TelegramSettings settings, TelegramHttp http, WebhookSecret secret,
            TelegramUpdates updates) {
        return new WebhookRegistration(http.client(), settings.webhookUrl().strip(), secret, updates,
                TelegramWiring.LONGEST_START_PAUSE);
    }
}
