package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Long polling, when a bot token is set and no webhook URL. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.telegram.token:}'.isEmpty() && '${aiguilleur.telegram.webhook-url:}'.isEmpty()")
class PollingWiring {

    @Bean
    TelegramPolling telegramPolling(TelegramSettings settings, TelegramHttp http, TelegramUpdates updates) {
        return new TelegramPolling(settings.token(), http, updates, Duration.ofSeconds(30), Duration.ofSeconds(10));
    }
}
