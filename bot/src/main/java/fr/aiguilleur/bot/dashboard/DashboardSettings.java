package fr.aiguilleur.bot.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dashboard keeps people signed in.
 *
 * @param sessionTimeout how long a session lasts without activity before the coordinator must
 *                       sign in again
 */
@ConfigurationProperties("aiguilleur.dashboard")
public record DashboardSettings(@DefaultValue("30m") Duration sessionTimeout) {
}
