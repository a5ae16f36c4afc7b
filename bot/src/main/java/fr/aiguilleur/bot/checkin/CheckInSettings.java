package fr.aiguilleur.bot.checkin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The follow-up weeks later.
 *
 * @param after      how long after the referral to services (or the visit marked done) the person is asked
 * @param checkEvery how often due follow-ups are looked for
 * @param publicUrl  the address people reach the service at, for the link of the follow-up e-mail
 */
@ConfigurationProperties("aiguilleur.follow-up")
public record CheckInSettings(Duration after, Duration checkEvery, String publicUrl) {

    public CheckInSettings {
        after = after == null ? Duration.ofDays(42) : after;
        checkEvery = checkEvery == null ? Duration.ofMinutes(10) : checkEvery;
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080"
                : publicUrl.replaceAll("/+$", "");
    }
}
