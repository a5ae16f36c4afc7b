package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;

/**
 * A confirmed visit the person may still cancel or move: the "Annuler" and "Changer de créneau"
 * buttons and /annuler. The buttons carry the pseudo-question id "booked" and, as their check, the
 * lead id, so they keep working under the confirmation and under the reminder of the day before.
 */
final class BookedVisit {

    static final String QUESTION = "booked";
    static final String CANCEL = "cancel";
    static final String CANCEL_SURE = "cancel_sure";
    static final String KEEP = "keep";
    static final String CHANGE = "change";

    private final Slots slots;

    BookedVisit(Slots slots) {
        this.slots = slots;
    }

    /** Whether a tap is one of these buttons. */
    static boolean answers(Input.Choice choice) {
        return QUESTION.equals(choice.questionId());
    }

    /** "Annuler" and, when a slot is booked, "Changer de créneau". */
    static List<Button> buttons(Texts texts, String leadId, boolean withSlot) {
        var cancel = new Button(texts.get("booked.button.cancel"), QUESTION, CANCEL, leadId);
        return withSlot ? List.of(cancel, new Button(texts.get("booked.button.change"), QUESTION, CHANGE, leadId))
                : List.of(cancel);
    }

    void handle(Exchange exchange, Input.Choice choice) {
        BookingDraft booking = exchange.state.booking;
        if (booking == null || !booking.confirmed() || !booking.leadId().equals(choice.check())) {
            exchange.showCurrent(exchange.text("booked.unknown"));
            return;
        }
        switch (choice.optionId() == null ? "" : choice.optionId()) {
            case CANCEL -> askToCancel(exchange);
            case CANCEL_SURE -> cancel(exchange);
            case KEEP -> goOn(exchange, exchange.text("booked.kept"));
            case CHANGE -> change(exchange);
            default -> exchange.showCurrent(exchange.text("stale"));
        }
    }

    /** /annuler, or "Annuler": asks first, since a freed slot may be taken at once by someone else. */
    static void askToCancel(Exchange exchange) {
        BookingDraft booking = exchange.state.booking;
        if (booking == null || !booking.confirmed()) {
            goOn(exchange, exchange.text("booked.none"));
            return;
        }
        String question = booking.slot() == null ? exchange.text("booked.cancel.confirm.call-back")
                : exchange.text("booked.cancel.confirm", BookingSummary.slotInSentence(exchange, booking.slot()));
        var buttons = List.of(
                new Button(exchange.text("booked.cancel.yes"), QUESTION, CANCEL_SURE, booking.leadId()),
                new Button(exchange.text("booked.cancel.no"), QUESTION, KEEP, booking.leadId()));
        exchange.send(new Message(question, buttons, InputHint.CHOICE));
    }

    /**
     * The person picked a slot (or "none") while changing: takes the new slot before freeing the
     * old one, so they are never left without a visit when the new slot was taken meanwhile.
     */
    void moveTo(Exchange exchange, VisitSlot chosen) {
        State state = exchange.state;
        BookingDraft booking = state.booking;
        if (chosen != null && !slots.reserve(exchange, chosen, booking.leadId())) {
            String taken = exchange.text("slot.taken");
            offerOthers(exchange, chosen, taken, taken);
            return;
        }
        if (booking.slot() != null) {
            slots.release(booking.slot(), booking.leadId());
        }
        exchange.event(new DialogueEvent.LeadRescheduled(booking.leadId(), chosen));
        state.booking = booking.withSlot(chosen).withOfferedSlots(List.of());
        exchange.send(new Message(BookingSummary.moved(exchange, state.booking),
                buttons(Texts.of(state.language), booking.leadId(), chosen != null), InputHint.CHOICE));
        exchange.end();
    }

    private void cancel(Exchange exchange) {
        State state = exchange.state;
        BookingDraft booking = state.booking;
        if (booking.slot() != null) {
            slots.release(booking.slot(), booking.leadId());
        }
        exchange.event(new DialogueEvent.LeadCancelled(booking.leadId()));
        state.booking = null;
        exchange.say(exchange.text("booked.cancelled"));
        exchange.end();
    }

    private void change(Exchange exchange) {
        exchange.state.history.clear();
        offerOthers(exchange, exchange.state.booking.slot(), exchange.text("booked.change.pick"), null);
    }

    /**
     * Asks the slot question again with the free slots but {@code left}; with none, says so (after
     * {@code prefaceIfNone} when not null) and the visit stays as it is.
     */
    private void offerOthers(Exchange exchange, VisitSlot left, String preface, String prefaceIfNone) {
        State state = exchange.state;
        List<VisitSlot> free = slots.free(exchange, left);
        state.booking = state.booking.withOfferedSlots(free);
        if (!free.isEmpty()) {
            exchange.ask(FixedIds.SLOT, preface);
            return;
        }
        VisitSlot kept = state.booking.slot();
        String none = kept == null ? exchange.text("booked.change.none.call-back")
                : exchange.text("booked.change.none", BookingSummary.slotInSentence(exchange, kept));
        exchange.send(new Message(prefaceIfNone == null ? none : prefaceIfNone + " " + none,
                buttons(Texts.of(state.language), state.booking.leadId(), kept != null), InputHint.CHOICE));
        exchange.end();
    }

    /** Says something and, in the middle of changing the slot, shows the slot question again. */
    private static void goOn(Exchange exchange, String text) {
        if (exchange.state.ended()) {
            exchange.say(text);
        } else {
            exchange.showCurrent(text);
        }
    }
}
