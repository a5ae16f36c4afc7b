package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitSlot;
import java.util.List;

/**
 * What the person has said so far while booking a visit. Contact details live here only, and only
 * once the person chose to book.
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
        String email) {

    public BookingDraft {
        availability = availability == null ? List.of() : List.copyOf(availability);
        offeredSlots = offeredSlots == null ? List.of() : List.copyOf(offeredSlots);
    }

    /** A fresh booking. */
    public static BookingDraft start(boolean requestedByPerson) {
        return new BookingDraft(requestedByPerson, List.of(), null, List.of(), null, null, null, null, null);
    }

    public BookingDraft withAvailability(List<String> moments) {
        return new BookingDraft(requestedByPerson, moments, visitFormat, offeredSlots, slot, firstName,
                contactChannel, phone, email);
    }

    public BookingDraft withVisitFormat(String format) {
        return new BookingDraft(requestedByPerson, availability, format, offeredSlots, slot, firstName,
                contactChannel, phone, email);
    }

    public BookingDraft withOfferedSlots(List<VisitSlot> slots) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, slots, slot, firstName,
                contactChannel, phone, email);
    }

    public BookingDraft withSlot(VisitSlot chosen) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, chosen, firstName,
                contactChannel, phone, email);
    }

    public BookingDraft withFirstName(String name) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, name,
                contactChannel, phone, email);
    }

    /** Records how to reach the person, forgetting the details of the other way. */
    public BookingDraft withContactChannel(String channel) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                channel, null, null);
    }

    public BookingDraft withPhone(String e164) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                contactChannel, e164, email);
    }

    public BookingDraft withEmail(String address) {
        return new BookingDraft(requestedByPerson, availability, visitFormat, offeredSlots, slot, firstName,
                contactChannel, phone, address);
    }
}
