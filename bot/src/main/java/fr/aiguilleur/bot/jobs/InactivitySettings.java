package fr.aiguilleur.bot.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What happens to silent conversations.
 *
 * @param nudgeAfter   silence after which the person is reminded once (Telegram only)
 * @param abandonAfter silence after which the conversation and its answers are erased
 * @param checkEvery   how often silent conversations are looked for
 */
@ConfigurationProperties("aiguilleur.inactivity")
public record InactivitySettings(
        @DefaultValue("24h") Duration nudgeAfter,
        @DefaultValue("30d") Duration abandonAfter,
        @DefaultValue("15m") Duration checkEvery) {
}
