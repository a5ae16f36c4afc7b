package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.places.OpeningHours;
import fr.aiguilleur.conversations.places.PlaceChoice;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows the places the rules chose: name, why (distance, what it offers, free), address, whether it
 * is open today or when it opens next, phone, booking link, a map link, and the data's date.
 */
final class PlaceLines {

    private static final Map<String, ZoneId> OVERSEAS_ZONES = Map.of("971", ZoneId.of("America/Guadeloupe"),
            "972", ZoneId.of("America/Martinique"), "973", ZoneId.of("America/Cayenne"),
            "974", ZoneId.of("Indian/Reunion"), "975", ZoneId.of("America/Miquelon"),
            "976", ZoneId.of("Indian/Mayotte"));
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H'h'mm");

    private PlaceLines() {
    }

    /** The places as one message, or empty text without any. */
    static String render(Exchange exchange, List<PlaceChoice> places) {
        if (places.isEmpty()) {
            return "";
        }
        var text = new StringBuilder(exchange.text("result.places"));
        if (places.stream().anyMatch(PlaceChoice::sample)) {
            text.append('\n').append(exchange.text("result.places.sample"));
        }
        places.forEach(place -> text.append("\n\n").append(entry(exchange, place)));
        return text.toString();
    }

    private static String entry(Exchange exchange, PlaceChoice place) {
        String language = exchange.state.language;
        String reason = exchange.text("place.reason", place.roundedKm(), place.offer(language));
        var text = new StringBuilder("• ").append(place.name()).append("\n  ")
                .append(place.free() ? exchange.text("place.reason.free", reason) : reason)
                .append("\n  ").append(place.address());
        String opening = opening(exchange, place);
        if (opening != null) {
            text.append("\n  ").append(opening);
        }
        if (place.phone() != null) {
            text.append("\n  ").append(exchange.text("place.phone", place.phone()));
        }
        if (place.bookingUrl() != null) {
            text.append("\n  ").append(exchange.text("place.booking", place.bookingUrl()));
        }
        text.append("\n  ").append(exchange.text("place.map", place.mapUrl()));
        if (place.updated() != null) {
            text.append("\n  ").append(exchange.text("place.updated", place.updated()
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(language)))));
        }
        return text.toString();
    }

    private static String opening(Exchange exchange, PlaceChoice place) {
        if (place.openingHours() == null) {
            return null;
        }
        var hours = OpeningHours.parse(place.openingHours());
        if (hours.isEmpty()) {
            return exchange.text("place.hours", place.openingHours());
        }
        var next = hours.get().at(LocalDateTime.ofInstant(exchange.now, zone(place.address())));
        if (next == null) {
            return exchange.text("place.hours", place.openingHours());
        }
        return next.today() ? exchange.text("place.open.today", next.from().format(HOUR), next.to().format(HOUR))
                : exchange.text("place.open.next",
                        next.day().getDisplayName(TextStyle.FULL, locale(exchange.state.language)),
                        next.from().format(HOUR));
    }

    private static ZoneId zone(String address) {
        var postcode = java.util.regex.Pattern.compile("\\b(\\d{5})\\b").matcher(address);
        String code = postcode.find() ? postcode.group(1) : "";
        return code.length() == 5 ? OVERSEAS_ZONES.getOrDefault(code.substring(0, 3), FRANCE) : FRANCE;
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
