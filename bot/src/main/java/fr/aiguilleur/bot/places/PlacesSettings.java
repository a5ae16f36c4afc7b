package fr.aiguilleur.bot.places;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the digital-mediation places are read from.
 *
 * @param file         a local file in the national standard; read at start and every refresh
 * @param url          a URL serving such a file (when no file is set); downloaded at start and every refresh
 * @param cache        where the last good download is kept, and read at start before downloading
 * @param refreshEvery how often the file or the URL is read again
 * @param timeout      how long one download may take
 */
@ConfigurationProperties("aiguilleur.places")
@Validated
public record PlacesSettings(
        String file,
        String url,
        @DefaultValue("places-cache/lieux-mediation-numerique.csv") String cache,
        @DefaultValue("24h") @DurationMin(minutes = 1, message = "must be a minute or more") Duration refreshEvery,
        @DefaultValue("120s") @DurationMin(millis = 1, message = "must be a positive duration") Duration timeout) {

    boolean fromFile() {
        return file != null && !file.isBlank();
    }

    boolean fromUrl() {
        return !fromFile() && url != null && !url.isBlank();
    }
}
