package fr.aiguilleur.bot.telegram;

import io.micrometer.observation.ObservationPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

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
    RouterFunction<ServerResponse> telegramWebhookRoute(TelegramWebhook webhook) {
        return webhook.route();
    }

    /** The webhook's calls are left out of the HTTP server observation (http.server.requests). */
    @Bean
    ObservationPredicate telegramWebhookUnobserved(TelegramWebhook webhook) {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && webhook.isCalledBy(server.getCarrier()));
    }

    @Bean
    WebhookRegistration webhookRegistration(TelegramSettings settings, TelegramHttp http, WebhookSecret secret,
            TelegramUpdates updates) {
        return new WebhookRegistration(http.client(), settings.webhookUrl().strip(), secret, updates,
                TelegramWiring.LONGEST_START_PAUSE);
    }
}
