package fr.aiguilleur.conversations.booking;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * The slots taken by leads, shared by every instance of the bot. Taking a slot is atomic: of many
 * people taking the same slot at once, on one instance or several, exactly one gets it. Keyed by
 * slot id, so a key-value store can hold it ("set if absent").
 */
public interface Bookings {

    /**
     * Takes the slot for a lead; true for exactly one taker, false when another lead holds it. Taking
     * again a slot the same lead holds is true: a turn handled twice reserves once.
     */
    boolean take(VisitSlot slot, String leadId);

    /** Frees a slot this lead holds; does nothing when it is free or another lead holds it. */
    void release(String slotId, String leadId);

    /** The ids of a coordinator's taken slots starting from {@code from} (inclusive) to {@code to} (exclusive). */
    Set<String> bookedSlots(String coordinatorId, LocalDateTime from, LocalDateTime to);
}
