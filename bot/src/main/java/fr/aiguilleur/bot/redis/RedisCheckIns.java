package fr.aiguilleur.bot.redis;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckIns;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Check-ins in Redis as JSON, shared by every instance, in the {@link IndexedRecords} layout
 * ({@code {aiguilleur:checkins}:checkin:<id>}, listed by agreement time in {@code aiguilleur:checkins},
 * found per conversation for /oubli), plus {@value #WAITING}: the ids still waiting for their day,
 * so the job that sends them reads those only. Adding is insert-if-absent and each update a
 * compare-and-set on the version, each one script that keeps the indexes in step: of two instances
 * sending the same check-in, one only stores it. A waiting or asking check-in is kept without
 * expiry (its day is weeks away); an ended one, which keeps no contact beyond its conversation id,
 * is kept as long as the anonymised diagnoses.
 */
final class RedisCheckIns implements CheckIns {

    static final String WAITING = "{aiguilleur:checkins}:waiting";

    private final Redis redis;
    private final IndexedRecords records;
    private final Duration endedTtl;
    private final StoreJson json = new StoreJson();

    /** @param endedTtl how long an ended check-in is kept (the diagnoses' TTL) */
    RedisCheckIns(Redis redis, Duration endedTtl) {
        if (endedTtl.isZero() || endedTtl.isNegative()) {
            throw new IllegalArgumentException("the TTL of ended check-ins must be positive");
        }
        this.redis = redis;
        this.records = new IndexedRecords(redis, "checkin", "checkins", Duration.ZERO);
        this.endedTtl = endedTtl;
    }

    @Override
    public boolean add(CheckIn checkIn) {
        return stored("add a check-in", CheckInScripts.ADD, checkIn, "-1");
    }

    @Override
    public boolean update(CheckIn checkIn) {
        return stored("update a check-in", CheckInScripts.UPDATE, checkIn, Long.toString(checkIn.version() - 1));
    }

    private boolean stored(String what, String script, CheckIn checkIn, String previousVersion) {
        String ttl = checkIn.status().isFinal() ? Long.toString(endedTtl.toMillis()) : "0";
        String score = Long.toString(checkIn.agreedAt() == null ? 0 : checkIn.agreedAt().toEpochMilli());
        Long done = redis.call(what, commands -> commands.eval(script, ScriptOutputType.INTEGER,
                new String[] {records.recordKey(checkIn.id()), records.index(), WAITING,
                        records.byConversation(checkIn.conversationId().value())},
                json.write(checkIn), checkIn.id(), score, checkIn.status().name(), ttl, records.recordKey(""),
                previousVersion));
        return done != null && done == 1;
    }

    @Override
    public Optional<CheckIn> find(String id) {
        return records.find(id).map(this::read);
    }

    @Override
    public List<CheckIn> waiting() {
        return records.listed(WAITING).stream().map(this::read).toList();
    }

    @Override
    public List<CheckIn> all() {
        return records.all().stream().map(this::read).toList();
    }

    @Override
    public void eraseFor(ConversationId conversationId) {
        redis.call("erase the check-ins of a conversation", commands -> commands.eval(CheckInScripts.ERASE,
                ScriptOutputType.INTEGER,
                new String[] {records.byConversation(conversationId.value()), records.index(), WAITING},
                records.recordKey("")));
    }

    private CheckIn read(String stored) {
        return json.read(stored, CheckIn.class);
    }
}
