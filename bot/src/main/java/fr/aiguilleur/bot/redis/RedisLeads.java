package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Leads in Redis as JSON, without expiry: a confirmed visit request is never lost to a TTL.
 * Operators should enable AOF persistence so that a crash loses at most a second of writes.
 */
final class RedisLeads implements Leads {

    private final IndexedRecords records;
    private final StoreJson json = new StoreJson();

    RedisLeads(Redis redis) {
        this.records = new IndexedRecords(redis, "lead", "leads", Duration.ZERO);
    }

    @Override
    public void save(Lead lead) {
        records.save(lead.id(), lead.conversationId().value(), lead.createdAt(), json.write(lead));
    }

    @Override
    public Optional<Lead> find(String id) {
        return records.find(id).map(stored -> json.read(stored, Lead.class));
    }

    @Override
    public List<Lead> all() {
        return records.all().stream().map(stored -> json.read(stored, Lead.class)).toList();
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        records.eraseFor(conversationId.value());
    }
}
