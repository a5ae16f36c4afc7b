package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import java.util.List;

/**
 * What the person has said so far while booking a visit. Contact details live here only, and only
 * once the person chose to book; once the lead is confirmed they leave, and only the lead id, the
 * slot and the wishes stay, so that the person can cancel or change the slot.
 *
 * @param requestedByPerson true when the rules did not propose a visit but the person asked for one
 * @param availability      {@code availability} option ids
 * @param visitFormat       {@code visit_format} option id
 * @param offeredSlots      the slots shown on the {@code slot} question (the planner's answer)
 * @param slot              the slot chosen, {@code null} for "to call back"
 * @param firstName         the first name typed
 * @param contactChannel    {@code contact_channel} option id: phone, email, telegram
 * @param phone             E.164 phone number
 * @param email             e-mail address
 * @param leadId            the lead once the booking is confirmed, {@code null} before; the person
 *                          may then cancel the visit or change its slot
 */
public record BookingDraft(
        boolean requestedByPerson,
        List<String> availability,
        String visitFormat,
        List<VisitSlot> offeredSlots,
        VisitSlot slot,
        String firstName,
        String contactChannel,
        String phone,
        String email,
        String leadId) {

    public BookingDraft {
        availability = availability == null ? List.of() : List.copyOf(availability);
        offeredSlots = offeredSlots == null ? List.of() : List.copyOf(offeredSlots);
    }

    /** A fresh booking. */
    public static BookingDraft start(boolean requestedByPerson) {
        return new BookingDraft(requestedByPerson, List.of(), null, List.of(), null, null, null, null, null, null);
    }

    public BookingDraft withAvailability(List<String> moments) {
        return new BookingDraft(requestedByPerson, moments, visitFormat, offeredSlots, slot, firstName,
                contactChannel, phone, email, leadId);
    }

    public BookingDraft withVisitFormat(String format) {
        return new BookingDraft(requestedByPerson, availability, format, offeredSlots, slot, firstName,
                contactChannel, phone, email, leadId);
    }

    public BookingDraft withOfferedSlots(List<VisitSlot> slots) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, slots, slot, firstName,
                contactChannel, phone, email, leadId);
    }

    public BookingDraft withSlot(VisitSlot chosen) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, chosen, firstName,
                contactChannel, phone, email, leadId);
    }

    public BookingDraft withFirstName(String name) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, name,
                contactChannel, phone, email, leadId);
    }

    /** Records how to reach the person, forgetting the details of the other way. */
    public BookingDraft withContactChannel(String channel) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                channel, null, null, leadId);
    }

    public BookingDraft withPhone(String e164) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                contactChannel, e164, email, leadId);
    }

    public BookingDraft withEmail(String address) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                contactChannel, phone, address, leadId);
    }

    /** The booking once the lead is confirmed: its id, slot and wishes, without contact details. */
    public BookingDraft confirmedAs(String lead) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, List.of(), slot, null, null, null, null,
                lead);
    }

    /** Whether the lead is confirmed (the person may cancel or change the slot). */
    public boolean confirmed() {
        return leadId != null;
    }
}
