package fr.aiguilleur.conversations.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The slots of one coordinator's weekly windows, one visit long each, that start at least
 * {@link #NOTICE} and at most {@link #HORIZON} from now. Times are local to the coordinator's zone;
 * the notice and the horizon are real durations, so a change of clocks is counted right.
 */
final class Agenda {

    static final Duration NOTICE = Duration.ofHours(24);
    static final Duration HORIZON = Duration.ofDays(14);

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyMMdd-HHmm");

    private Agenda() {
    }

    /** Every slot of the coordinator's windows in the bookable period, earliest first. */
    static List<VisitSlot> slots(Coordinator coordinator, Instant now) {
        Instant earliest = now.plus(NOTICE);
        Instant latest = now.plus(HORIZON);
        LocalDate first = earliest.atZone(coordinator.zone()).toLocalDate();
        LocalDate last = latest.atZone(coordinator.zone()).toLocalDate();
        var slots = new ArrayList<VisitSlot>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Coordinator.Window window : coordinator.availability()) {
                if (window.day() == day.getDayOfWeek()) {
                    addSlots(slots, coordinator, day, window, earliest, latest);
                }
            }
        }
        slots.sort(Comparator.comparing(VisitSlot::start));
        return slots;
    }

    /** The id of a coordinator's slot: "c1-261126-0700" (at most 20 characters). */
    static String id(String coordinatorId, LocalDateTime start) {
        return coordinatorId + "-" + ID_TIME.format(start);
    }

    private static void addSlots(List<VisitSlot> slots, Coordinator coordinator, LocalDate day,
            Coordinator.Window window, Instant earliest, Instant latest) {
        int minutes = coordinator.visitMinutes();
        for (LocalTime time = window.from(); !time.plusMinutes(minutes).isAfter(window.to())
                && !time.plusMinutes(minutes).isBefore(time); time = time.plusMinutes(minutes)) {
            LocalDateTime start = day.atTime(time);
            ZonedDateTime zoned = start.atZone(coordinator.zone());
            Instant instant = zoned.toInstant();
            boolean exists = zoned.toLocalDateTime().equals(start);
            if (exists && !instant.isBefore(earliest) && !instant.isAfter(latest)) {
                slots.add(new VisitSlot(id(coordinator.id(), start), coordinator.id(), start, minutes,
                        SlotLabels.french(start)));
            }
        }
    }
}
