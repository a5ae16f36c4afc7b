package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The short stored form of a visit slot whose coordinator, start and label can be rebuilt from its
 * id: "demo-261124-1800 60" (id, minutes), "demo-261124-1800 60 en" when its label is in English.
 * The planners' ids are the coordinator's id and the start ("yyMMdd-HHmm"); labels are made by
 * {@link SlotLabels}. A slot is written so only when reading the short form back gives the same
 * slot; any other keeps its full form.
 */
final class SlotForm {

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyMMdd-HHmm");
    private static final int ID_TIME_LENGTH = 11;

    private SlotForm() {
    }

    /** The short form, or empty when it would not give back exactly this slot. */
    static Optional<String> shortForm(VisitSlot slot) {
        String language = SlotLabels.french(slot.start()).equals(slot.label()) ? ""
                : SlotLabels.of(slot.start(), "en").equals(slot.label()) ? " en" : null;
        if (language == null || slot.id().contains(" ")) {
            return Optional.empty();
        }
        String written = slot.id() + " " + slot.minutes() + language;
        return read(written).filter(slot::equals).map(same -> written);
    }

    /** The slot a short form stands for, or empty when the text is not one. */
    static Optional<VisitSlot> read(String written) {
        String[] parts = written.split(" ");
        String id = parts[0];
        int time = id.length() - ID_TIME_LENGTH;
        if (parts.length < 2 || parts.length > 3 || time < 2 || id.charAt(time - 1) != '-') {
            return Optional.empty();
        }
        try {
            LocalDateTime start = LocalDateTime.parse(id.substring(time), ID_TIME);
            int minutes = Integer.parseInt(parts[1]);
            String label = parts.length == 3 ? SlotLabels.of(start, parts[2]) : SlotLabels.french(start);
            return Optional.of(new VisitSlot(id, id.substring(0, time - 1), start, minutes, label));
        } catch (RuntimeException notAShortForm) {
            return Optional.empty();
        }
    }
}
