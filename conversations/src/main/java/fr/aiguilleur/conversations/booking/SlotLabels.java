package fr.aiguilleur.conversations.booking;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a slot reads for a person: "Mardi 26 novembre à 7 h 00" in French, "Tuesday 26 November at
 * 7:00" in English.
 */
public final class SlotLabels {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' H:mm", Locale.ENGLISH);

    private SlotLabels() {
    }

    /** The label in a conversation language ("fr" or "en"; French for any other). */
    public static String of(LocalDateTime start, String language) {
        String label = ("en".equals(language) ? ENGLISH : FRENCH).format(start);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The French label, as planners put it on slots. */
    public static String french(LocalDateTime start) {
        return of(start, "fr");
    }
}
