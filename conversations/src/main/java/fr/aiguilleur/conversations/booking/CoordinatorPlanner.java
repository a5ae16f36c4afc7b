package fr.aiguilleur.conversations.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The planner of the coordinators' calendars: routes the person to a coordinator, offers that
 * coordinator's free slots (windows minus bookings, fitting the moments and the format chosen, 24 h
 * ahead at least, 14 days at most), spread over several days, and takes slots in {@link Bookings}.
 */
public final class CoordinatorPlanner implements VisitPlanner {

    /** At most this many slots are offered at once. */
    public static final int OFFERED = 4;

    /**
     * A slot offered 24 h ahead can still be taken this close to its start: the person may take a
     * while to answer, but not come back for it the next day.
     */
    public static final Duration LAST_CALL = Duration.ofHours(12);

    private final Coordinators coordinators;
    private final Bookings bookings;

    public CoordinatorPlanner(Coordinators coordinators, Bookings bookings) {
        this.coordinators = Objects.requireNonNull(coordinators, "coordinators");
        this.bookings = Objects.requireNonNull(bookings, "bookings");
    }

    @Override
    public List<VisitSlot> freeSlots(String place, List<String> moments, String format, Instant now) {
        Routing routing = coordinators.route(place);
        Coordinator coordinator = routing.coordinator();
        if (!routing.covered() || !coordinator.offers(format)) {
            return List.of();
        }
        List<VisitSlot> all = Agenda.slots(coordinator, now);
        if (all.isEmpty()) {
            return List.of();
        }
        LocalDateTime from = all.get(0).start();
        LocalDateTime to = all.get(all.size() - 1).start().plusMinutes(1);
        Set<String> booked = bookings.bookedSlots(coordinator.id(), from, to);
        Predicate<LocalDateTime> fitting = Moments.of(moments);
        ZoneId personZone = TimeZones.ofPlace(place);
        List<VisitSlot> free = all.stream()
                .filter(slot -> fitting.test(slot.start().atZone(coordinator.zone())
                        .withZoneSameInstant(personZone).toLocalDateTime()))
                .filter(slot -> !booked.contains(slot.id()))
                .toList();
        return spread(free, OFFERED).stream()
                .map(slot -> new VisitSlot(slot.id(), slot.coordinatorId(), slot.start(), slot.minutes(),
                        SlotLabels.of(slot.start(), coordinator.zone(), personZone, "fr")))
                .toList();
    }

    @Override
    public String label(VisitSlot slot, String place, String language) {
        ZoneId zone = coordinators.find(slot.coordinatorId()).map(Coordinator::zone).orElse(Coordinator.DEFAULT_ZONE);
        return SlotLabels.of(slot.start(), zone, TimeZones.ofPlace(place), language);
    }

    @Override
    public boolean reserve(VisitSlot slot, String leadId) {
        return bookings.take(slot, leadId);
    }

    /** Refuses, besides a taken slot, one of an unknown coordinator or starting within {@link #LAST_CALL}. */
    @Override
    public boolean reserve(VisitSlot slot, String leadId, Instant now) {
        var coordinator = coordinators.find(slot.coordinatorId());
        if (coordinator.isEmpty()) {
            return false;
        }
        Instant start = slot.start().atZone(coordinator.get().zone()).toInstant();
        return !start.isBefore(now.plus(LAST_CALL)) && bookings.take(slot, leadId);
    }

    @Override
    public void release(VisitSlot slot, String leadId) {
        bookings.release(slot.id(), leadId);
    }

    @Override
    public boolean covers(String place) {
        return coordinators.route(place).covered();
    }

    /**
     * Up to {@code count} of the slots, one a day on the first days (each at a time of day not yet
     * picked, when the day has one), then the earliest others; earliest first.
     */
    static List<VisitSlot> spread(List<VisitSlot> free, int count) {
        var picked = new ArrayList<VisitSlot>();
        var days = new HashSet<LocalDate>();
        var times = new HashSet<LocalTime>();
        for (VisitSlot slot : free) {
            if (picked.size() == count) {
                break;
            }
            if (days.add(slot.start().toLocalDate())) {
                VisitSlot best = free.stream()
                        .filter(other -> other.start().toLocalDate().equals(slot.start().toLocalDate()))
                        .filter(other -> !times.contains(other.start().toLocalTime()))
                        .findFirst().orElse(slot);
                picked.add(best);
                times.add(best.start().toLocalTime());
            }
        }
        free.stream().filter(slot -> !picked.contains(slot)).limit(count - picked.size()).forEach(picked::add);
        picked.sort(Comparator.comparing(VisitSlot::start));
        return List.copyOf(picked);
    }
}
