package fr.aiguilleur.bot.jobs;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder of a visit, the day before.
 *
 * @param checkEvery how often visits starting 20 to 28 hours from now are looked for
 */
@ConfigurationProperties("aiguilleur.reminders")
@Validated
public record ReminderSettings(@DefaultValue("10m") @DurationMin(millis = 1, message = "must be a positive duration") Duration checkEvery) {
}
