package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.util.List;

/**
 * Offers the free visit slots of the planner, or moves on when there is none ("to call back"),
 * saying why: no free time, or nobody covering the person's place yet.
 */
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
        List<VisitSlot> free = free(exchange, taken);
        state.booking = state.booking.withOfferedSlots(free).withSlot(null);
        if (!free.isEmpty()) {
            exchange.ask(FixedIds.SLOT, preface);
            return;
        }
        String none = exchange.text(planner.covers(place(state)) ? "slot.none-free" : "slot.not-covered");
        String next = BookingFlow.readyToConfirm(state.booking) ? FixedIds.CONFIRM : FixedIds.CONTACT_NAME;
        exchange.ask(next, preface == null ? none : preface + " " + none);
    }

    /**
     * The planner's free slots for the person's place, moments and format, but {@code left} (at
     * most {@link #OFFERED}), labelled in the conversation's language.
     */
    List<VisitSlot> free(Exchange exchange, VisitSlot left) {
        State state = exchange.state;
        return planner.freeSlots(place(state), state.booking.availability(), state.booking.visitFormat(),
                        exchange.now).stream()
                .filter(slot -> left == null || !slot.id().equals(left.id()))
                .limit(OFFERED)
                .map(slot -> "fr".equals(state.language) ? slot : new VisitSlot(slot.id(), slot.coordinatorId(),
                        slot.start(), slot.minutes(), planner.label(slot, place(state), state.language)))
                .toList();
    }

    /** Within how many working days a coordinator calls a person who took no slot. */
    int callBackWorkingDays() {
        return planner.callBackWorkingDays();
    }

    boolean reserve(Exchange exchange, VisitSlot slot, String leadId) {
        return planner.reserve(slot, leadId, exchange.now);
    }

    void release(VisitSlot slot, String leadId) {
        planner.release(slot, leadId);
    }

    /** The person's postcode, from which the planner finds the coordinator; {@code null} when unknown. */
    static String place(State state) {
        return state.answers.single(FixedIds.POSTCODE).flatMap(Postcodes::valid).orElse(null);
    }

    static String departement(State state) {
        return state.answers.single(FixedIds.POSTCODE).flatMap(Postcodes::departement).orElse(null);
    }
}
