package fr.aiguilleur.conversations.dialogue;

import static fr.aiguilleur.conversations.questionnaire.FixedIds.ACCEPT;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.ASK_VISIT;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.AVAILABILITY;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.CONFIRM;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.CONTACT_CHANNEL;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.CONTACT_EMAIL;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.CONTACT_NAME;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.CONTACT_PHONE;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.SLOT;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.VISIT_FORMAT;
import static fr.aiguilleur.conversations.questionnaire.FixedIds.VISIT_OFFER;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import java.util.List;

/**
 * The steps after the result: the visit offer (or the request of a referred person), then
 * availability, format, slot, first name and a way to reach the person, and the confirmation. A
 * slot chosen for a confirmed visit moves it ({@link BookedVisit}).
 */
final class BookingFlow {

    private final ResultReport report;
    private final Slots slots;
    private final LeadConfirmation confirmation;
    private final BookedVisit booked;

    BookingFlow(ResultReport report, Slots slots, LeadConfirmation confirmation, BookedVisit booked) {
        this.report = report;
        this.slots = slots;
        this.confirmation = confirmation;
        this.booked = booked;
    }

    void answered(Exchange exchange, Question question, List<String> values) {
        State state = exchange.state;
        String value = values.get(0);
        if (!CONFIRM.equals(question.id())) {
            state.history.add(question.id());
            exchange.event(new DialogueEvent.QuestionAnswered(state.id, question.id()));
        }
        switch (question.id()) {
            case VISIT_OFFER -> visitOffer(exchange, ACCEPT.equals(value));
            case ASK_VISIT -> start(exchange, true);
            case AVAILABILITY -> availability(exchange, values);
            case VISIT_FORMAT -> {
                state.booking = state.booking.withVisitFormat(value);
                slots.offer(exchange, null, null);
            }
            case SLOT -> slot(exchange, value);
            case CONTACT_NAME -> next(exchange, state.booking.withFirstName(value),
                    readyToConfirm(state.booking.withFirstName(value)) ? CONFIRM : CONTACT_CHANNEL);
            case CONTACT_CHANNEL -> contactChannel(exchange, value);
            case CONTACT_PHONE -> next(exchange, state.booking.withPhone(value), CONFIRM);
            case CONTACT_EMAIL -> next(exchange, state.booking.withEmail(value), CONFIRM);
            case CONFIRM -> confirm(exchange, FixedIds.YES.equals(value));
            default -> throw new IllegalStateException("no booking step " + question.id());
        }
    }

    private static void next(Exchange exchange, BookingDraft booking, String nextStep) {
        exchange.state.booking = booking;
        exchange.ask(nextStep);
    }

    /** New moments: the format comes next, or (changed from the recap) the slots at once. */
    private void availability(Exchange exchange, List<String> moments) {
        exchange.state.booking = exchange.state.booking.withAvailability(moments);
        if (readyToConfirm(exchange.state.booking) && exchange.state.booking.visitFormat() != null) {
            slots.offer(exchange, null, null);
        } else {
            exchange.ask(VISIT_FORMAT);
        }
    }

    private void visitOffer(Exchange exchange, boolean accepted) {
        if (accepted) {
            start(exchange, false);
            return;
        }
        report.showServices(exchange, exchange.state.diagnosis);
        exchange.say(exchange.text("result.goodbye"));
        exchange.end();
        FollowUpOffer.atResult(exchange);
    }

    private void start(Exchange exchange, boolean requestedByPerson) {
        exchange.state.booking = BookingDraft.start(requestedByPerson);
        exchange.ask(AVAILABILITY);
    }

    private void slot(Exchange exchange, String optionId) {
        BookingDraft booking = exchange.state.booking;
        VisitSlot chosen = booking.offeredSlots().stream().filter(slot -> slot.id().equals(optionId))
                .findFirst().orElse(null);
        if (booking.confirmed()) {
            booked.moveTo(exchange, chosen);
            return;
        }
        exchange.state.booking = booking.withSlot(chosen);
        String callBack = chosen == null ? exchange.text("slot.call-back", slots.callBackWorkingDays()) : null;
        exchange.ask(readyToConfirm(exchange.state.booking) ? CONFIRM : CONTACT_NAME, callBack);
    }

    private void contactChannel(Exchange exchange, String channel) {
        exchange.state.booking = exchange.state.booking.withContactChannel(channel);
        switch (channel) {
            case FixedIds.PHONE -> exchange.ask(CONTACT_PHONE);
            case FixedIds.EMAIL -> exchange.ask(CONTACT_EMAIL);
            default -> exchange.ask(CONFIRM);
        }
    }

    private void confirm(Exchange exchange, boolean yes) {
        State state = exchange.state;
        if (!yes) {
            exchange.showCurrent(exchange.text("recap.change.which"));
            return;
        }
        confirmation.confirm(exchange, slots);
    }

    /** Whether the person already gave a name and a way to reach them (a slot offered again). */
    static boolean readyToConfirm(BookingDraft booking) {
        return booking.firstName() != null && (FixedIds.TELEGRAM.equals(booking.contactChannel())
                || booking.phone() != null || booking.email() != null);
    }
}
