package fr.aiguilleur.bot.followup;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.util.Duration;
import fr.aiguilleur.conversations.booking.Coordinator;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.TimeZones;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.texts.Texts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * The calendar invite of a booked visit: one RFC 5545 event in the person's zone (from their
 * postcode), with a VTIMEZONE so every calendar reads the same time.
 */
public final class VisitInvites {

    private final Coordinators coordinators;

    public VisitInvites(Coordinators coordinators) {
        this.coordinators = coordinators;
    }

    /**
     * The .ics of a visit.
     *
     * @param leadId      the visit's lead: the event's stable id (a moved visit updates the same event)
     * @param slot        the slot (start in its coordinator's zone)
     * @param visitFormat onsite, phone or video
     * @param place       the person's postcode, or {@code null} (their zone; Paris when unknown)
     * @param language    "fr" or "en"
     */
    public byte[] ics(String leadId, VisitSlot slot, String visitFormat, String place, String language) {
        Texts texts = Texts.of(language);
        ZoneId slotZone = zoneOf(slot);
        ZoneId personZone = place == null ? slotZone : TimeZones.ofPlace(place);
        Instant start = slot.start().atZone(slotZone).toInstant();
        var event = new VEvent();
        event.setUid(leadId + "@aiguilleur");
        event.setDateStart(Date.from(start));
        event.setDuration(Duration.builder().minutes(slot.minutes()).build());
        event.setSummary(texts.get("invite.summary"));
        String format = texts.has("invite.format." + visitFormat) || Texts.of("fr").has("invite.format." + visitFormat)
                ? texts.get("invite.format." + visitFormat) : texts.get("invite.format.onsite");
        event.setDescription(texts.get("invite.description", format,
                SlotLabels.of(slot.start(), slotZone, personZone, language)));
        var calendar = new ICalendar();
        calendar.setProductId("-//Aiguilleur//Visit//FR");
        calendar.setMethod(Method.publish());
        calendar.addEvent(event);
        calendar.getTimezoneInfo().setDefaultTimezone(
                new TimezoneAssignment(TimeZone.getTimeZone(personZone), ZoneDefinitions.of(personZone, start)));
        return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
    }

    /** The zone of a slot: its coordinator's. */
    public ZoneId zoneOf(VisitSlot slot) {
        return coordinators.find(slot.coordinatorId()).map(Coordinator::zone).orElse(Coordinator.DEFAULT_ZONE);
    }
}
