package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Anonymised diagnoses kept in memory, in the order they were recorded. Thread-safe. */
public final class InMemoryDiagnoses implements Diagnoses {

    private final List<StoredDiagnosis> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void record(StoredDiagnosis diagnosis) {
        recorded.add(diagnosis);
    }

    @Override
    public List<StoredDiagnosis> all() {
        return List.copyOf(recorded);
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        recorded.removeIf(diagnosis -> diagnosis.conversationId().equals(conversationId.value()));
    }
}
