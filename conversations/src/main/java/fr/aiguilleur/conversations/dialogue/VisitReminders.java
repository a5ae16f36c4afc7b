package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.Coordinator;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which visits to remind the person of the day before, and the reminder itself (plain French, with
 * the "Annuler" and "Changer de créneau" buttons). A pure function of the leads and the time given;
 * the bot schedules it, sends the reminders and remembers which leads were reminded.
 */
public final class VisitReminders {

    /** A visit is reminded when it starts between these two durations from now. */
    public static final Duration EARLIEST = Duration.ofHours(20);
    public static final Duration LATEST = Duration.ofHours(28);

    private static final Set<LeadStatus> ACTIVE = Set.of(LeadStatus.NEW, LeadStatus.CONTACTED,
            LeadStatus.VISIT_SCHEDULED);

    private final Function<String, ZoneId> zones;

    /** Reminders for the slots of these coordinators, each in its own time zone. */
    public VisitReminders(Coordinators coordinators) {
        Objects.requireNonNull(coordinators, "coordinators");
        this.zones = id -> coordinators.find(id).map(Coordinator::zone).orElse(Coordinator.DEFAULT_ZONE);
    }

    /**
     * A reminder to send, to the conversation of the lead.
     *
     * @param lead    the lead whose visit is tomorrow
     * @param message the reminder
     */
    public record Reminder(Lead lead, Message message) {
    }

    /**
     * The reminders due now: leads still active, with a slot starting 20 to 28 hours from now, and
     * not in {@code reminded} (lead ids the bot already reminded).
     */
    public List<Reminder> due(Collection<Lead> leads, Set<String> reminded, Instant now) {
        return leads.stream()
                .filter(lead -> lead.slot() != null && ACTIVE.contains(lead.status()))
                .filter(lead -> !reminded.contains(lead.id()))
                .filter(lead -> startsSoon(lead.slot(), now))
                .map(lead -> new Reminder(lead, message(lead)))
                .toList();
    }

    private boolean startsSoon(VisitSlot slot, Instant now) {
        Instant start = slot.start().atZone(zones.apply(slot.coordinatorId())).toInstant();
        Duration until = Duration.between(now, start);
        return until.compareTo(EARLIEST) >= 0 && until.compareTo(LATEST) <= 0;
    }

    private static Message message(Lead lead) {
        Texts texts = Texts.of(Texts.FRENCH);
        String when = BookingSummary.inSentence(SlotLabels.french(lead.slot().start()));
        String formatKey = "reminder.format." + lead.visitFormat();
        String format = texts.get(texts.has(formatKey) ? formatKey : "reminder.format.onsite");
        String hello = lead.firstName() == null ? texts.get("reminder.hello")
                : texts.get("reminder.hello.named", lead.firstName());
        String text = hello + " " + texts.get("reminder.visit", when, format) + "\n" + texts.get("booked.how-to-cancel");
        return new Message(text, BookedVisit.buttons(texts, lead.id(), true), InputHint.CHOICE);
    }
}
