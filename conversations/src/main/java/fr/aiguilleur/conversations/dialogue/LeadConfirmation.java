package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StatusChange;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.texts.Texts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The person confirmed the booking: reserves the slot (offering others when it was taken
 * meanwhile), creates the lead, thanks the person, says what happens next and how to cancel or
 * change the slot; the conversation keeps the lead id and the slot (not the contact details).
 */
final class LeadConfirmation {

    /** The question whose answers become the lead's obstacles. */
    static final String OBSTACLES = "obstacles";

    private final Function<State, String> leadIds;

    /**
     * Lead ids derived from the conversation and the question being answered, so that the same
     * confirmation handled again (the store refused the first save because another input or a
     * reminder changed the conversation meanwhile) gets the same lead id, and reserving its slot
     * again is no second reservation. A new booking in the same conversation asks the
     * confirmation anew (another step count) or starts a new conversation (another start time):
     * it gets another id.
     */
    LeadConfirmation() {
        this(LeadConfirmation::derivedId);
    }

    /** Lead ids from a supplier (tests). */
    LeadConfirmation(Supplier<String> leadIds) {
        this(state -> leadIds.get());
    }

    private LeadConfirmation(Function<State, String> leadIds) {
        this.leadIds = leadIds;
    }

    void confirm(Exchange exchange, Slots slots) {
        State state = exchange.state;
        BookingDraft booking = state.booking;
        String leadId = leadIds.apply(state);
        VisitSlot slot = booking.slot();
        if (slot != null && !slots.reserve(exchange, slot, leadId)) {
            slots.offer(exchange, slot, exchange.text("slot.taken"));
            return;
        }
        Lead lead = lead(state, leadId, exchange);
        exchange.event(new DialogueEvent.LeadConfirmed(lead));
        Attachment invite = slot == null ? null
                : new Attachment.Invite(leadId, slot, booking.visitFormat(), state.language, Slots.place(state));
        exchange.send(new Message(BookingSummary.thanks(exchange, booking),
                BookedVisit.buttons(Texts.of(state.language), leadId, slot != null), InputHint.CHOICE, null, null, invite));
        FollowUpOffer.afterBooking(exchange, booking);
        state.booking = booking.confirmedAs(leadId);
        state.history.clear();
        exchange.end();
    }

    static String derivedId(State state) {
        String name = "lead:" + state.id.value() + ":" + state.startedAt + ":" + state.stepCount;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A new lead: status NEW, its creation as the first line of history; the bot adds the coordinator. */
    private static Lead lead(State state, String leadId, Exchange exchange) {
        BookingDraft booking = state.booking;
        String postcode = state.answers.single(FixedIds.POSTCODE).orElse(null);
        var created = new StatusChange(null, LeadStatus.NEW, Lead.PERSON, exchange.now);
        return new Lead(leadId, state.id, state.channel, state.source, exchange.now, booking.firstName(),
                booking.contactChannel(), booking.phone(), booking.email(), postcode, Slots.departement(state),
                state.diagnosis, booking.availability(), booking.visitFormat(), booking.slot(),
                booking.requestedByPerson(), LeadStatus.NEW, booking.slot() == null ? null
                        : booking.slot().coordinatorId(), null, state.language,
                state.answers.get(OBSTACLES), List.of(created), List.of(), 0);
    }
}
