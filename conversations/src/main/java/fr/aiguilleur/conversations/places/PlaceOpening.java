package fr.aiguilleur.conversations.places;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Says when a chosen place is open, in the place's own time zone (overseas included): "Ouvert
 * aujourd'hui, de 9h00 à 12h00", the next opening, or the hours as written when they use more than
 * the weekly subset {@link OpeningHours} reads. The person's result and the lead page say it alike.
 */
public final class PlaceOpening {

    private static final Map<String, ZoneId> OVERSEAS_ZONES = Map.of("971", ZoneId.of("America/Guadeloupe"),
            "972", ZoneId.of("America/Martinique"), "973", ZoneId.of("America/Cayenne"),
            "974", ZoneId.of("Indian/Reunion"), "975", ZoneId.of("America/Miquelon"),
            "976", ZoneId.of("Indian/Mayotte"));
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H'h'mm");

    private PlaceOpening() {
    }

    /** The opening in "fr" or "en" at this instant, or {@code null} when the place gives no hours. */
    public static String describe(PlaceChoice place, String language, Instant now) {
        if (place.openingHours() == null) {
            return null;
        }
        Texts texts = Texts.of(language);
        var hours = OpeningHours.parse(place.openingHours());
        var next = hours.map(known -> known.at(LocalDateTime.ofInstant(now, zone(place.address())))).orElse(null);
        if (next == null) {
            return texts.get("place.hours", place.openingHours());
        }
        return next.today() ? texts.get("place.open.today", next.from().format(HOUR), next.to().format(HOUR))
                : texts.get("place.open.next", next.day().getDisplayName(TextStyle.FULL, locale(language)),
                        next.from().format(HOUR));
    }

    /** The locale of a conversation language, for days and dates. */
    public static Locale locale(String language) {
        return Texts.ENGLISH.equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static ZoneId zone(String address) {
        var postcode = POSTCODE.matcher(address == null ? "" : address);
        return postcode.find() ? OVERSEAS_ZONES.getOrDefault(postcode.group(1).substring(0, 3), FRANCE) : FRANCE;
    }
}
