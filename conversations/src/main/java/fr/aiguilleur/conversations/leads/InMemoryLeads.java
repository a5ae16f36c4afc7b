package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Leads kept in memory. Thread-safe. */
public final class InMemoryLeads implements Leads {

    private final ConcurrentMap<String, Lead> byId = new ConcurrentHashMap<>();

    @Override
    public void save(Lead lead) {
        byId.put(lead.id(), lead);
    }

    @Override
    public Optional<Lead> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Lead> all() {
        return byId.values().stream()
                .sorted(Comparator.comparing(Lead::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        byId.values().removeIf(lead -> lead.conversationId().equals(conversationId));
    }
}
