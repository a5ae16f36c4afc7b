package fr.aiguilleur.conversations.booking;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A free time a coordinator can visit or call, offered to the person while booking.
 *
 * @param id            stable id, used verbatim as the option id of the {@code slot} question
 * @param coordinatorId the coordinator who holds the slot
 * @param start         local start time, in the coordinator's time zone
 * @param minutes       length of the slot
 * @param label         how the slot reads on a button, e.g. "Mardi 26 novembre à 7 h 00"
 */
public record VisitSlot(String id, String coordinatorId, LocalDateTime start, int minutes, String label) {

    public VisitSlot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(label, "label");
    }
}
