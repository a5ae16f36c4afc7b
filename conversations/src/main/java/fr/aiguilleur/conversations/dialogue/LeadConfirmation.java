package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.function.Supplier;

/**
 * The person confirmed the booking: reserves the slot (offering others when it was taken
 * meanwhile), creates the lead, thanks the person, says what happens next and how to cancel or
 * change the slot; the conversation keeps the lead id and the slot (not the contact details).
 */
final class LeadConfirmation {

    private final Supplier<String> leadIds;

    LeadConfirmation(Supplier<String> leadIds) {
        this.leadIds = leadIds;
    }

    void confirm(Exchange exchange, Slots slots) {
        State state = exchange.state;
        BookingDraft booking = state.booking;
        String leadId = leadIds.get();
        VisitSlot slot = booking.slot();
        if (slot != null && !slots.reserve(exchange, slot, leadId)) {
            slots.offer(exchange, slot, exchange.text("slot.taken"));
            return;
        }
        Lead lead = lead(state, leadId, exchange);
        exchange.event(new DialogueEvent.LeadConfirmed(lead));
        exchange.send(new Message(BookingSummary.thanks(exchange, booking),
                BookedVisit.buttons(Texts.of(state.language), leadId, slot != null), InputHint.CHOICE));
        state.booking = booking.confirmedAs(leadId);
        state.history.clear();
        exchange.end();
    }

    private static Lead lead(State state, String leadId, Exchange exchange) {
        BookingDraft booking = state.booking;
        String postcode = state.answers.single(FixedIds.POSTCODE).orElse(null);
        return new Lead(leadId, state.id, state.channel, state.source, exchange.now, booking.firstName(),
                booking.contactChannel(), booking.phone(), booking.email(), postcode, Slots.departement(state),
                state.diagnosis, booking.availability(), booking.visitFormat(), booking.slot(),
                booking.requestedByPerson(), LeadStatus.NEW);
    }
}
