package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.questionnaire.FixedIds;
import java.util.List;
import java.util.stream.Collectors;

/** The recap shown before the person confirms a booking, and the thanks once it is confirmed. */
final class BookingSummary {

    private BookingSummary() {
    }

    static String recap(Exchange exchange) {
        BookingDraft booking = exchange.state.booking;
        if (booking == null) {
            return exchange.text("booking.recap");
        }
        var text = new StringBuilder(exchange.text("booking.recap"));
        line(text, exchange, "booking.recap.availability", labels(exchange, FixedIds.AVAILABILITY, booking.availability()));
        line(text, exchange, "booking.recap.format", labels(exchange, FixedIds.VISIT_FORMAT, listOf(booking.visitFormat())));
        text.append("\n• ").append(booking.slot() == null ? exchange.text("booking.recap.call-back")
                : exchange.text("booking.recap.slot", booking.slot().label()));
        line(text, exchange, "booking.recap.name", booking.firstName());
        line(text, exchange, "booking.recap.contact", contact(exchange, booking));
        return text.toString();
    }

    static String thanks(Exchange exchange, BookingDraft booking) {
        String name = booking.firstName() == null ? "" : booking.firstName();
        String next = booking.slot() == null
                ? exchange.text("booking.thanks.call-back", exchange.text("booking.by." + booking.contactChannel()))
                : exchange.text("booking.thanks.slot", booking.slot().label(),
                        inSentence(labels(exchange, FixedIds.VISIT_FORMAT, listOf(booking.visitFormat()))));
        return exchange.text("booking.thanks", name) + "\n" + next + "\n\n" + exchange.text("booking.kept");
    }

    private static void line(StringBuilder text, Exchange exchange, String key, String value) {
        if (value != null && !value.isEmpty()) {
            text.append("\n• ").append(exchange.text(key, value));
        }
    }

    private static String contact(Exchange exchange, BookingDraft booking) {
        if (booking.phone() != null) {
            return booking.phone();
        }
        if (booking.email() != null) {
            return booking.email();
        }
        return booking.contactChannel() == null ? null
                : labels(exchange, FixedIds.CONTACT_CHANNEL, listOf(booking.contactChannel()));
    }

    /** The labels of these options of a question, joined by commas. */
    private static String labels(Exchange exchange, String questionId, List<String> optionIds) {
        var question = exchange.questionnaire.question(questionId).orElseThrow();
        return optionIds.stream()
                .map(id -> question.option(id).map(option -> option.label(exchange.state.language)).orElse(id))
                .collect(Collectors.joining(", "));
    }

    /** A button label used inside a sentence: "Par téléphone" → "par téléphone". */
    private static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
