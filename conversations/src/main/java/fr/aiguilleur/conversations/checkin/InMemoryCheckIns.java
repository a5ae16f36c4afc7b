package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Check-ins kept in memory (tests, and a single instance without Redis). Thread-safe. */
public final class InMemoryCheckIns implements CheckIns {

    private final ConcurrentMap<String, CheckIn> byId = new ConcurrentHashMap<>();

    @Override
    public boolean add(CheckIn checkIn) {
        return byId.putIfAbsent(checkIn.id(), checkIn) == null;
    }

    @Override
    public boolean update(CheckIn checkIn) {
        var replaced = new boolean[1];
        byId.computeIfPresent(checkIn.id(), (id, stored) -> {
            if (stored.version() != checkIn.version() - 1) {
                return stored;
            }
            replaced[0] = true;
            return checkIn;
        });
        return replaced[0];
    }

    @Override
    public Optional<CheckIn> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<CheckIn> waiting() {
        return all().stream().filter(checkIn -> checkIn.status() == CheckInStatus.WAITING).toList();
    }

    @Override
    public List<CheckIn> all() {
        return byId.values().stream().sorted(Comparator.comparing(CheckIn::agreedAt)).toList();
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        byId.values().removeIf(checkIn -> checkIn.conversationId().equals(conversationId));
    }
}
