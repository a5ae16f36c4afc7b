package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A planner for tests: a fixed list of slots; some may be "taken meanwhile". */
final class FakePlanner implements VisitPlanner {

    final List<VisitSlot> slots = new ArrayList<>();
    final Set<String> takenMeanwhile = new HashSet<>();
    final Map<String, String> reserved = new HashMap<>();
    final List<String> placesAsked = new ArrayList<>();

    static FakePlanner withSlots(int count) {
        var planner = new FakePlanner();
        for (int i = 1; i <= count; i++) {
            planner.slots.add(new VisitSlot("s" + i, "coord-1", LocalDateTime.of(2026, 5, 10 + i, 9, 0), 60,
                    "lundi " + (10 + i) + " mai, 9 h"));
        }
        return planner;
    }

    @Override
    public List<VisitSlot> freeSlots(String place, List<String> moments, String format, Instant now) {
        placesAsked.add(place);
        return slots.stream().filter(slot -> !reserved.containsKey(slot.id())).toList();
    }

    @Override
    public boolean reserve(VisitSlot slot, String leadId) {
        if (takenMeanwhile.remove(slot.id())) {
            reserved.put(slot.id(), "someone else");
            return false;
        }
        return reserved.putIfAbsent(slot.id(), leadId) == null;
    }

    @Override
    public void release(VisitSlot slot, String leadId) {
        reserved.remove(slot.id(), leadId);
    }
}
