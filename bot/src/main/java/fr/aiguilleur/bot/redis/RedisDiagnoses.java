package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Anonymised diagnoses in Redis as JSON, each forgotten after the TTL. */
final class RedisDiagnoses implements Diagnoses {

    private final IndexedRecords records;
    private final StoreJson json = new StoreJson();

    RedisDiagnoses(Redis redis, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            throw new IllegalArgumentException("the diagnosis TTL must be positive");
        }
        this.records = new IndexedRecords(redis, "diagnosis", "diagnoses", ttl);
    }

    @Override
    public void record(StoredDiagnosis diagnosis) {
        records.save(UUID.randomUUID().toString(), diagnosis.conversationId(), diagnosis.recordedAt(),
                json.write(diagnosis));
    }

    @Override
    public List<StoredDiagnosis> all() {
        return records.all().stream().map(stored -> json.read(stored, StoredDiagnosis.class)).toList();
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        records.eraseFor(conversationId.value());
    }
}
