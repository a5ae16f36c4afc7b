package fr.aiguilleur.conversations.booking;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Taken slots in memory, for one instance and for tests. Thread-safe. */
public final class InMemoryBookings implements Bookings {

    private final Map<String, Taken> bySlotId = new ConcurrentHashMap<>();

    @Override
    public boolean take(VisitSlot slot, String leadId) {
        Objects.requireNonNull(leadId, "leadId");
        Taken held = bySlotId.putIfAbsent(slot.id(), new Taken(slot, leadId));
        return held == null || held.leadId().equals(leadId);
    }

    @Override
    public void release(String slotId, String leadId) {
        bySlotId.computeIfPresent(slotId, (id, taken) -> taken.leadId().equals(leadId) ? null : taken);
    }

    @Override
    public Set<String> bookedSlots(String coordinatorId, LocalDateTime from, LocalDateTime to) {
        return bySlotId.values().stream()
                .filter(taken -> taken.slot().coordinatorId().equals(coordinatorId))
                .filter(taken -> !taken.slot().start().isBefore(from) && taken.slot().start().isBefore(to))
                .map(taken -> taken.slot().id())
                .collect(Collectors.toUnmodifiableSet());
    }

    private record Taken(VisitSlot slot, String leadId) {
    }
}
