package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Conversations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * People of Telegram starting a conversation through the switchboard: /start, "C'est parti", then
 * their role; each from a chat of their own. Nothing of theirs is kept here (ids are counted), so
 * the benchmark's own heap does not grow with them.
 */
final class TelegramPeople {

    private static final long FIRST_CHAT = 7_000_000_000L;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Switchboard switchboard;
    private final int threads;
    private final AtomicLong next = new AtomicLong(FIRST_CHAT);
    private final AtomicLong failures = new AtomicLong();

    TelegramPeople(Switchboard switchboard, int threads) {
        this.switchboard = switchboard;
        this.threads = threads;
    }

    /** The chats of a batch of people: {@code from} included, {@code to} excluded. */
    record Chats(long from, long to) {
    }

    /** Brings this many new people, {@code threads} at a time; returns their chats. */
    Chats come(int count) throws InterruptedException {
        long from = next.getAndAdd(count);
        var chats = new Chats(from, from + count);
        var cursor = new AtomicLong(from);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (long chat = cursor.getAndIncrement(); chat < chats.to(); chat = cursor.getAndIncrement()) {
                    start(new ConversationId("telegram:" + chat));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("people still coming after an hour");
        }
        return chats;
    }

    /** Deletes these people's conversations (the warm-up's). */
    void forget(Chats chats, RedisService service) {
        var conversations = service.bean(Conversations.class);
        for (long chat = chats.from(); chat < chats.to(); chat++) {
            conversations.delete(new ConversationId("telegram:" + chat));
        }
    }

    long failures() {
        return failures.get();
    }

    private void start(ConversationId id) {
        List<Message> welcome = switchboard.open(id, Channel.TELEGRAM, Walked.SOURCE, "fr").block(WAIT);
        Optional<List<Message>> role = tap(id, welcome, "consent", "yes");
        if (role.isEmpty() || tap(id, role.get(), "role", "owner").isEmpty()) {
            failures.incrementAndGet();
        }
    }

    private Optional<List<Message>> tap(ConversationId id, List<Message> messages, String question, String option) {
        return messages.stream().flatMap(message -> message.buttons().stream())
                .filter(button -> button.questionId().equals(question) && button.optionId().equals(option))
                .findFirst()
                .map(button -> switchboard.receive(id, Channel.TELEGRAM, choice(button)).block(WAIT));
    }

    private static Input choice(Button button) {
        return new Input.Choice(button.questionId(), button.optionId(), button.check());
    }
}
