package fr.aiguilleur.bot.jobs;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What happens to silent conversations.
 *
 * @param nudgeAfter   silence after which the person is reminded once (Telegram only)
 * @param abandonAfter silence after which the conversation and its answers are erased
 * @param checkEvery   how often silent conversations are looked for
 */
@ConfigurationProperties("aiguilleur.inactivity")
@Validated
public record InactivitySettings(
        @DefaultValue("24h") @DurationMin(millis = 1, message = "must be a positive duration") Duration nudgeAfter,
        @DefaultValue("30d") @DurationMin(millis = 1, message = "must be a positive duration") Duration abandonAfter,
        @DefaultValue("15m") @DurationMin(millis = 1, message = "must be a positive duration") Duration checkEvery) {
}
