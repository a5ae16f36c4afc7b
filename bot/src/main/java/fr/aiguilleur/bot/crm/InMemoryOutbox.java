package fr.aiguilleur.bot.crm;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The outbox in memory: one instance without Redis; what waits is lost at restart. Thread-safe. */
public final class InMemoryOutbox implements Outbox {

    private final Map<String, CrmDelivery> waiting = new ConcurrentHashMap<>();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();

    @Override
    public boolean enqueue(CrmDelivery delivery) {
        synchronized (this) {
            if (delivered.contains(delivery.deliveryId())) {
                return false;
            }
            return waiting.putIfAbsent(delivery.deliveryId(), delivery) == null;
        }
    }

    @Override
    public List<CrmDelivery> due(Instant now, int limit) {
        return waiting.values().stream()
                .filter(delivery -> !delivery.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(CrmDelivery::nextAttemptAt))
                .limit(limit)
                .toList();
    }

    @Override
    public void delivered(String deliveryId) {
        synchronized (this) {
            delivered.add(deliveryId);
            waiting.remove(deliveryId);
        }
    }

    @Override
    public void retry(CrmDelivery delivery) {
        waiting.computeIfPresent(delivery.deliveryId(), (id, old) -> delivery);
    }

    @Override
    public int waiting() {
        return waiting.size();
    }
}
