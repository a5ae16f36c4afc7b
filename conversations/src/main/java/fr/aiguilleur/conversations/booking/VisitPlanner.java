package fr.aiguilleur.conversations.booking;

import java.time.Instant;
import java.util.List;

/**
 * Finds and reserves coordinators' free slots. The bot provides the real one
 * ({@link CoordinatorPlanner}); {@link #NONE} offers no slot, so the booking skips the slot step and
 * the lead becomes "to call back".
 */
public interface VisitPlanner {

    /** A planner with no coordinator calendar: every lead is called back. */
    VisitPlanner NONE = new VisitPlanner() {
        @Override
        public List<VisitSlot> freeSlots(String place, List<String> moments, String format, Instant now) {
            return List.of();
        }

        @Override
        public boolean reserve(VisitSlot slot, String leadId) {
            return false;
        }
    };

    /**
     * Free slots for a person from this place, at most a few, earliest first.
     *
     * @param place   the person's postcode ("33210"), or a département code ("33", "2A", "974")
     *                when only that is known
     * @param moments the {@code availability} option ids chosen (early, lunch, evening, weekend, any)
     * @param format  the {@code visit_format} option id (onsite, phone, video)
     * @param now     the current time; only later slots are offered
     */
    List<VisitSlot> freeSlots(String place, List<String> moments, String format, Instant now);

    /** Reserves a slot for a lead; false when somebody took it meanwhile. */
    boolean reserve(VisitSlot slot, String leadId);

    /**
     * Reserves a slot for a lead at this time; false when somebody took it meanwhile, or when it
     * is now too close or past (the person came back long after the slots were offered).
     */
    default boolean reserve(VisitSlot slot, String leadId, Instant now) {
        return reserve(slot, leadId);
    }

    /** Frees a slot the lead reserved (the visit was cancelled or moved). */
    default void release(VisitSlot slot, String leadId) {
    }

    /**
     * How a slot reads for a person of this place, in a language ("fr", "en"): in the person's
     * time, naming their zone when it is not the coordinator's.
     */
    default String label(VisitSlot slot, String place, String language) {
        return SlotLabels.of(slot.start(), language);
    }

    /** Within how many working days a coordinator calls a person who took no slot, to agree on a time. */
    default int callBackWorkingDays() {
        return 2;
    }

    /**
     * Whether a coordinator covers this place; when not, no slot is offered and the person is told
     * that someone will call back.
     */
    default boolean covers(String place) {
        return true;
    }
}
