package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a slot reads for a person: "Mardi 26 novembre à 7 h 00" in French, "Tuesday 26 November at
 * 7:00" in English.
 */
public final class SlotLabels {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' H:mm", Locale.ENGLISH);

    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH);

    private SlotLabels() {
    }

    /** The label in a conversation language ("fr" or "en"; French for any other). */
    public static String of(LocalDateTime start, String language) {
        String label = ("en".equals(language) ? ENGLISH : FRENCH).format(start);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /**
     * The label of a slot held in {@code slotZone} for a person in {@code personZone}: in the
     * person's time, naming the person's zone when it is not the slot's ("… à 8 h 00, heure de la
     * Guadeloupe").
     */
    public static String of(LocalDateTime start, ZoneId slotZone, ZoneId personZone, String language) {
        LocalDateTime local = start.atZone(slotZone).withZoneSameInstant(personZone).toLocalDateTime();
        String label = of(local, language);
        return slotZone.equals(personZone) ? label : label + ", " + zoneName(personZone, language);
    }

    /**
     * For a coordinator: the time in the coordinator's zone, and the person's time when their zone
     * differs ("Lundi 7 décembre à 13 h 00, heure de Paris (8 h 00 pour la personne, heure de la
     * Guadeloupe)").
     */
    public static String both(LocalDateTime start, ZoneId coordinatorZone, ZoneId personZone, String language) {
        String label = of(start, language);
        if (coordinatorZone.equals(personZone)) {
            return label;
        }
        LocalDateTime local = start.atZone(coordinatorZone).withZoneSameInstant(personZone).toLocalDateTime();
        return Texts.of(language).get("slot.both", label, zoneName(coordinatorZone, language),
                ("en".equals(language) ? ENGLISH_TIME : FRENCH_TIME).format(local), zoneName(personZone, language));
    }

    /** "heure de la Guadeloupe", "Guadeloupe time"; the zone's id for a zone without a name in the bundles. */
    public static String zoneName(ZoneId zone, String language) {
        Texts texts = Texts.of(language);
        String key = "zone." + zone.getId();
        return texts.has(key) || Texts.of(Texts.FRENCH).has(key) ? texts.get(key) : zone.getId();
    }

    /** The French label, as planners put it on slots. */
    public static String french(LocalDateTime start) {
        return of(start, "fr");
    }
}
