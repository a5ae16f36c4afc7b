package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounting;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * How much Redis holds per conversation and per stored diagnosis, with the service's own stores:
 * a person walks the questionnaire through the dialogue engine, each state saved as the service
 * saves it; the key's {@code MEMORY USAGE} is read at several points; then 10,000 copies of each
 * state (with the funnel entry the service keeps beside it) are saved on an emptied Redis and the
 * growth of {@code used_memory} is divided by 10,000. It empties its Redis between measures, so
 * it always starts a redis-server of its own (never the one at {@code REDIS_URL}).
 * {@code -Dbench.hashMaxValue=8192} sets Redis's {@code hash-max-ziplist-value} first (a compact
 * hash encoding for conversations: what it would save). Run by hand (see docs/performance.md).
 */
public final class ConversationFootprint {

    private static final int COPIES = Integer.getInteger("bench.copies", 10_000);

    private final RedisService service;
    private final DialogueEngine engine;
    private final Conversations conversations;
    private final FunnelCounting funnel;

    private ConversationFootprint(RedisService service) {
        this.service = service;
        this.engine = service.bean(DialogueEngine.class);
        this.conversations = service.bean(Conversations.class);
        this.funnel = service.bean(FunnelCounting.class);
    }

    /** A state of one conversation, as stored. */
    record Point(String name, Conversation conversation, long jsonBytes, long keyBytes) {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(RedisService.machine());
        try (var service = RedisService.startOwn(List.of())) {
            System.out.println("redis-server " + service.redisVersion());
            String hashValues = System.getProperty("bench.hashMaxValue");
            if (hashValues != null) {
                service.inspect.configSet("hash-max-ziplist-value", hashValues);
                System.out.println("hash-max-ziplist-value " + hashValues);
            }
            var footprint = new ConversationFootprint(service);
            var points = new ArrayList<>(footprint.walk(PersonWalk.SHOP_OWNER, shopOwnerPoints()));
            points.addAll(footprint.walk(PersonWalk.EVERYTHING, Map.of(
                    "largest: every box ticked, e-mail contact, about to confirm", at("confirm"))));
            System.out.println("| state | step | JSON bytes | MEMORY USAGE of the key | used_memory growth per "
                    + "conversation (" + COPIES + ") | keys per conversation |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            Conversation withResult = null;
            for (Point point : points) {
                System.out.println(footprint.filled(point));
                withResult = withResult == null && point.conversation().diagnosis() != null
                        ? point.conversation() : withResult;
            }
            System.out.println(footprint.diagnoses(withResult));
            System.out.println("load average after: " + RedisService.loadAverage());
        }
    }

    private static Map<String, Predicate<Conversation>> shopOwnerPoints() {
        var points = new LinkedHashMap<String, Predicate<Conversation>>();
        points.put("opened, consent asked", at("consent"));
        points.put("consent given", at("role"));
        points.put("mid-questionnaire (11 of 18 answered)", at("customers_online"));
        points.put("all answered, result shown", c -> c.diagnosis() != null);
        points.put("booking, contact details given", at("confirm"));
        points.put("visit booked", c -> c.booking() != null && c.booking().confirmed());
        return points;
    }

    private static Predicate<Conversation> at(String step) {
        return conversation -> conversation.step().equals(step);
    }

    /** Walks one person's path, saving each state; notes the first state matching each point. */
    private List<Point> walk(Map<String, List<String>> answers, Map<String, Predicate<Conversation>> wanted) {
        var walk = new PersonWalk(answers);
        var left = new LinkedHashMap<>(wanted);
        var found = new ArrayList<Point>();
        Instant now = Instant.now();
        Walked walked = Walked.open(engine, now);
        for (int steps = 0; steps < 100 && !left.isEmpty(); steps++) {
            conversations.save(walked.conversation());
            note(walked.conversation(), left, found);
            var input = walked.next(walk);
            if (input.isEmpty()) {
                break;
            }
            now = now.plusSeconds(7);
            walked = Walked.of(engine.handle(walked.conversation(), input.get(), now));
        }
        if (!left.isEmpty()) {
            throw new IllegalStateException("the walk never reached " + left.keySet() + "; it stopped at "
                    + walked.conversation().step());
        }
        return found;
    }

    private void note(Conversation conversation, Map<String, Predicate<Conversation>> left, List<Point> found) {
        for (var point : List.copyOf(left.entrySet())) {
            if (point.getValue().test(conversation)) {
                String key = "aiguilleur:conversation:" + conversation.id().value();
                found.add(new Point(point.getKey(), conversation, service.inspect.strlen(key),
                        service.inspect.memoryUsage(key)));
                left.remove(point.getKey());
            }
        }
    }

    /** Saves copies of the point's state on an emptied Redis, as the service would have them. */
    private String filled(Point point) throws InterruptedException {
        service.inspect.flushdb();
        Thread.sleep(500);
        long before = service.usedMemory();
        Conversation state = point.conversation();
        for (int i = 0; i < COPIES; i++) {
            Conversation copy = Walked.copy(state, new ConversationId("web:" + UUID.randomUUID()));
            conversations.save(copy);
            if (copy.diagnosis() == null && !copy.history().isEmpty()) {
                String last = copy.history().get(copy.history().size() - 1);
                funnel.count(new Turn(copy, List.of(), List.of(new DialogueEvent.QuestionAnswered(copy.id(), last))));
            }
        }
        Thread.sleep(500);
        long grown = service.usedMemory() - before;
        return String.format(Locale.ROOT, "| %s | `%s` | %d | %d | %d | %.2f |", point.name(),
                state.step(), point.jsonBytes(), point.keyBytes(), grown / COPIES,
                (double) service.keys() / COPIES);
    }

    /** The same for anonymised diagnoses: each of another conversation, as a result would store it. */
    private String diagnoses(Conversation withResult) throws InterruptedException {
        Diagnoses diagnoses = service.bean(Diagnoses.class);
        service.inspect.flushdb();
        Thread.sleep(500);
        long before = service.usedMemory();
        for (int i = 0; i < COPIES; i++) {
            Conversation copy = Walked.copy(withResult, new ConversationId("web:" + UUID.randomUUID()));
            diagnoses.record(StoredDiagnosis.of(copy.id().value(), copy.answers(), copy.diagnosis(), Instant.now()));
        }
        Thread.sleep(500);
        long grown = service.usedMemory() - before;
        String one = service.inspect.zrange("aiguilleur:diagnoses", 0, 0).get(0);
        String key = "{aiguilleur:diagnoses}:diagnosis:" + one;
        String set = "aiguilleur:diagnoses:conversation:" + withResult.id().value();
        diagnoses.record(StoredDiagnosis.of(withResult.id().value(), withResult.answers(), withResult.diagnosis(), Instant.now()));
        return String.format(Locale.ROOT, "| one stored diagnosis | — | %d | %d | %d | %.2f |%n"
                + "(MEMORY USAGE of its conversation's set: %d; of the sorted index, per diagnosis: %d)",
                service.inspect.strlen(key), service.inspect.memoryUsage(key), grown / COPIES,
                (double) service.keys() / COPIES, service.inspect.memoryUsage(set),
                service.inspect.memoryUsage("aiguilleur:diagnoses") / COPIES);
    }
}
