package fr.aiguilleur.conversations.booking;

import java.time.Instant;
import java.util.List;

/**
 * Finds and reserves coordinators' free slots. The bot provides the real one; {@link #NONE} offers
 * no slot, so the booking skips the slot step and the lead becomes "to call back".
 */
public interface VisitPlanner {

    /** A planner with no coordinator calendar: every lead is called back. */
    VisitPlanner NONE = new VisitPlanner() {
        @Override
        public List<VisitSlot> freeSlots(String departement, List<String> moments, String format, Instant now) {
            return List.of();
        }

        @Override
        public boolean reserve(VisitSlot slot, String leadId) {
            return false;
        }
    };

    /**
     * Free slots for a person of this département.
     *
     * @param departement the département code ("33", "2A", "974")
     * @param moments     the {@code availability} option ids chosen (early, lunch, evening, weekend, any)
     * @param format      the {@code visit_format} option id (onsite, phone, video)
     * @param now         the current time; only later slots are offered
     */
    List<VisitSlot> freeSlots(String departement, List<String> moments, String format, Instant now);

    /** Reserves a slot for a lead; false when somebody took it meanwhile. */
    boolean reserve(VisitSlot slot, String leadId);
}
