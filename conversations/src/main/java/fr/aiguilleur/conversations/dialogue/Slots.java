package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.util.List;

/** Offers the free visit slots of the planner, or moves on when there is none ("to call back"). */
final class Slots {

    /** At most this many slots are offered at once. */
    static final int OFFERED = 4;

    private final VisitPlanner planner;

    Slots(VisitPlanner planner) {
        this.planner = planner;
    }

    /**
     * Asks the slot question with the planner's free slots (but {@code taken}), or, without any,
     * goes on to the contact details (or the confirmation when they are known).
     */
    void offer(Exchange exchange, VisitSlot taken, String preface) {
        State state = exchange.state;
        List<VisitSlot> free = planner.freeSlots(departement(state), state.booking.availability(),
                        state.booking.visitFormat(), exchange.now).stream()
                .filter(slot -> taken == null || !slot.id().equals(taken.id()))
                .limit(OFFERED)
                .toList();
        state.booking = state.booking.withOfferedSlots(free).withSlot(null);
        if (!free.isEmpty()) {
            exchange.ask(FixedIds.SLOT, preface);
            return;
        }
        String none = exchange.text("slot.none-free");
        String next = BookingFlow.readyToConfirm(state.booking) ? FixedIds.CONFIRM : FixedIds.CONTACT_NAME;
        exchange.ask(next, preface == null ? none : preface + " " + none);
    }

    boolean reserve(VisitSlot slot, String leadId) {
        return planner.reserve(slot, leadId);
    }

    static String departement(State state) {
        return state.answers.single(FixedIds.POSTCODE).flatMap(Postcodes::departement).orElse(null);
    }
}
