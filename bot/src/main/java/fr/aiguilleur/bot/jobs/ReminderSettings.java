package fr.aiguilleur.bot.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reminder of a visit, the day before.
 *
 * @param checkEvery how often visits starting 20 to 28 hours from now are looked for
 */
@ConfigurationProperties("aiguilleur.reminders")
public record ReminderSettings(@DefaultValue("10m") Duration checkEvery) {
}
