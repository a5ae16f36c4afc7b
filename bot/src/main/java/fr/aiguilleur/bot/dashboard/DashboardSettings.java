package fr.aiguilleur.bot.dashboard;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dashboard keeps people signed in.
 *
 * @param sessionTimeout how long a session lasts without activity before the coordinator must
 *                       sign in again
 */
@ConfigurationProperties("aiguilleur.dashboard")
@Validated
public record DashboardSettings(@DefaultValue("30m") @DurationMin(millis = 1, message = "must be a positive duration") Duration sessionTimeout) {
}
