package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The recap shown before the person confirms a booking, the thanks once it is confirmed (when,
 * how, and how to cancel), and the news of a visit moved.
 */
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
                : when(exchange, booking) + "\n" + how(exchange, booking);
        return exchange.text("booking.thanks", name) + "\n" + next + "\n" + howToCancel(exchange, booking)
                + "\n\n" + exchange.text("booking.kept", exchange.retention.words(exchange.state.language));
    }

    /** The visit was moved to {@code booking.slot()}, or is to be set by a coordinator when it is null. */
    static String moved(Exchange exchange, BookingDraft booking) {
        if (booking.slot() == null) {
            return exchange.text("booked.moved.call-back") + "\n" + howToCancel(exchange, booking);
        }
        return exchange.text("booked.moved", slotInSentence(exchange, booking.slot()), format(exchange, booking)) + "\n"
                + howToCancel(exchange, booking);
    }

    /** "Rendez-vous : mardi 24 novembre à 8 h 00, par téléphone." */
    private static String when(Exchange exchange, BookingDraft booking) {
        return exchange.text("booking.thanks.slot", slotInSentence(exchange, booking.slot()), format(exchange, booking));
    }

    /** Where the visit takes place, or which number is called, or how the video link comes. */
    private static String how(Exchange exchange, BookingDraft booking) {
        String by = booking.contactChannel() == null ? "" : exchange.text("booking.by." + booking.contactChannel());
        return switch (booking.visitFormat() == null ? "" : booking.visitFormat()) {
            case "phone" -> booking.phone() != null ? exchange.text("booking.thanks.phone", booking.phone())
                    : exchange.text("booking.thanks.phone.ask", by);
            case "video" -> exchange.text("booking.thanks.video", by);
            default -> exchange.text("booking.thanks.onsite", by);
        };
    }

    private static String howToCancel(Exchange exchange, BookingDraft booking) {
        return exchange.text(booking.slot() == null ? "booked.how-to-cancel.call-back" : "booked.how-to-cancel");
    }

    private static String format(Exchange exchange, BookingDraft booking) {
        return inSentence(labels(exchange, FixedIds.VISIT_FORMAT, listOf(booking.visitFormat())));
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

    /** A label used inside a sentence: "Par téléphone" → "par téléphone", "Mardi 24…" → "mardi 24…". */
    static String inSentence(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** A slot's label inside a sentence: "mardi 24 novembre à 8 h 00", "Tuesday 24 November at 8:00". */
    static String slotInSentence(Exchange exchange, VisitSlot slot) {
        return Texts.ENGLISH.equals(exchange.state.language) ? slot.label() : inSentence(slot.label());
    }

    private static List<String> listOf(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
