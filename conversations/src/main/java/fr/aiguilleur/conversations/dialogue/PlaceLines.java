package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.conversations.places.PlaceOpening;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Shows the places the rules chose: name, why (distance, what it offers, free), address, whether it
 * is open today or when it opens next, phone, booking link, a map link, and the data's date.
 */
final class PlaceLines {

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
        String opening = PlaceOpening.describe(place, language, exchange.now);
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
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(PlaceOpening.locale(language)))));
        }
        return text.toString();
    }
}
