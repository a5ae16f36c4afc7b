package fr.aiguilleur.bot.instances;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguilleur.bot.telegram.FakeBotApi;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Many people writing to the bot at once, as Telegram delivers them: each person's updates posted
 * to the webhook one after the other (the next once the previous was acknowledged), to whichever
 * instance the load balancer picks, again to another when an instance does not answer 200, some
 * sent twice. What the bot sent back is read from the stand-in Bot API, chat by chat.
 */
final class TelegramCrowd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final FakeBotApi api;
    private final Supplier<List<Instance>> instances;
    private final AtomicInteger turn = new AtomicInteger();
    final AtomicInteger posted = new AtomicInteger();
    final AtomicInteger repeated = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    /** How many messages the scripted person had after each step. */
    final List<Integer> answeredAfter = new ArrayList<>();

    TelegramCrowd(FakeBotApi api, Supplier<List<Instance>> instances) {
        this.api = api;
        this.instances = instances;
    }

    /** One step of a person: what they send, for their chat and an update id. */
    interface Step {
        Map<String, Object> update(int updateId, long chatId);
    }

    static Step text(String text) {
        return (id, chat) -> Map.of("update_id", id, "message", Map.of("message_id", id, "date", 1778000000,
                "chat", Map.of("id", chat, "type", "private", "first_name", "Élodie"),
                "from", Map.of("id", chat, "is_bot", false, "first_name", "Élodie", "language_code", "fr"),
                "text", text));
    }

    static Step tap(String data) {
        return (id, chat) -> Map.of("update_id", id, "callback_query", Map.of("id", "tap-" + id,
                "from", Map.of("id", chat, "is_bot", false, "first_name", "Élodie", "language_code", "fr"),
                "chat_instance", "ci-" + chat, "data", data,
                "message", Map.of("message_id", id, "date", 1778000000,
                        "chat", Map.of("id", chat, "type", "private"), "text", "?")));
    }

    /**
     * Walks one person through steps, waiting for each whole answer, and returns the steps with
     * the button each next tap uses: {@code /start}, the first button twice, /aide, /retour.
     */
    List<Step> script(long chat, int firstUpdateId) {
        var steps = new ArrayList<Step>();
        int id = firstUpdateId;
        for (String kind : List.of("/start", "tap", "tap", "/aide", "/retour")) {
            Step step = kind.equals("tap") ? tap(firstButton(lastMessage(chat))) : text(kind);
            steps.add(step);
            int before = texts(chat).size();
            post(step.update(id++, chat));
            awaitQuiet(chat, before);
            answeredAfter.add(texts(chat).size());
        }
        return steps;
    }

    /** Posts each person's steps in order (several people at once), some updates twice. */
    void walk(List<Long> chats, List<Step> steps, int firstUpdateId, Runnable halfway) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(12);
        int total = chats.size() * steps.size();
        var done = new AtomicInteger();
        var futures = new ArrayList<Future<?>>();
        for (int person = 0; person < chats.size(); person++) {
            long chat = chats.get(person);
            int base = firstUpdateId + person * steps.size();
            futures.add(senders.submit(() -> {
                for (int s = 0; s < steps.size(); s++) {
                    Map<String, Object> update = steps.get(s).update(base + s, chat);
                    post(update);
                    if ((base + s) % 7 == 0) {
                        repeated.incrementAndGet();
                        post(update);
                    }
                    if (done.incrementAndGet() == total / 2) {
                        halfway.run();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        senders.shutdown();
    }

    /** Posts an update to one instance after another until one acknowledges it (as Telegram retries). */
    void post(Map<String, Object> update) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(update);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            List<Instance> alive = instances.get().stream().filter(Instance::alive).toList();
            Instance target = alive.get(Math.floorMod(turn.getAndIncrement(), alive.size()));
            try {
                var request = HttpRequest.newBuilder(target.uri("/telegram/webhook"))
                        .header("X-Telegram-Bot-Api-Secret-Token", Instance.SECRET)
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    posted.incrementAndGet();
                    return;
                }
            } catch (Exception e) {
                // not reached: Telegram sends it again, here at once to the next instance
            }
            refused.incrementAndGet();
            pause(100);
        }
        throw new IllegalStateException("no instance took an update for a minute");
    }

    /** The texts the bot sent to each chat, in the order the Bot API received them. */
    Map<Long, List<String>> transcripts() {
        var all = new HashMap<Long, List<String>>();
        for (Map<String, Object> call : api.calls("sendmessage")) {
            long chat = Long.parseLong(String.valueOf(call.get("chat_id")));
            all.computeIfAbsent(chat, c -> new ArrayList<>()).add(String.valueOf(call.get("text")));
        }
        return all;
    }

    List<String> texts(long chat) {
        return transcripts().getOrDefault(chat, List.of());
    }

    /**
     * Waits until every chat got as many messages as expected (or nothing more came for ten
     * seconds: a reply lost), then until no more come for a while.
     */
    Map<Long, List<String>> awaitAnswers(List<Long> chats, int expectedEach, Duration atMost) {
        var seen = new AtomicInteger(-1);
        var since = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<Long, List<String>> now = transcripts();
            int count = now.values().stream().mapToInt(List::size).sum();
            if (count != seen.getAndSet(count)) {
                since.set(System.nanoTime());
            }
            return chats.stream().allMatch(chat -> now.getOrDefault(chat, List.of()).size() >= expectedEach)
                    || System.nanoTime() - since.get() > Duration.ofSeconds(10).toNanos();
        });
        awaitQuietAll();
        Map<Long, List<String>> last = transcripts();
        var picked = new LinkedHashMap<Long, List<String>>();
        chats.forEach(chat -> picked.put(chat, last.getOrDefault(chat, List.of())));
        return picked;
    }

    private void awaitQuiet(long chat, int before) {
        await().atMost(Duration.ofSeconds(30)).until(() -> texts(chat).size() > before);
        awaitQuietAll();
    }

    /** Until the Bot API received nothing new for a second and a half. */
    private void awaitQuietAll() {
        var seen = new AtomicInteger(-1);
        var since = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            int count = api.calls("sendmessage").size();
            if (count != seen.getAndSet(count)) {
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() > Duration.ofMillis(1500).toNanos();
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastMessage(long chat) {
        List<Map<String, Object>> sent = api.calls("sendmessage").stream()
                .filter(call -> Long.toString(chat).equals(String.valueOf(call.get("chat_id")))).toList();
        return sent.get(sent.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static String firstButton(Map<String, Object> message) {
        var markup = (Map<String, Object>) message.get("reply_markup");
        var rows = (List<List<Map<String, Object>>>) markup.get("inline_keyboard");
        return String.valueOf(rows.get(0).get(0).get("callback_data"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
