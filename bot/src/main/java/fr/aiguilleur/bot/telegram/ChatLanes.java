package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the work of one chat in the order it arrived, one piece at a time, while different chats
 * go on in parallel: a person's second tap is handled, and answered, after the first.
 */
final class ChatLanes {

    private final ConcurrentMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Queues work behind the chat's earlier work. The work must not throw; a failed future only
     * ends that piece of work.
     */
    void enqueue(long chatId, Supplier<CompletableFuture<?>> work) {
        CompletableFuture<Void> tail = tails.compute(chatId, (id, previous) -> {
            CompletableFuture<Void> before = previous == null ? CompletableFuture.completedFuture(null) : previous;
            return before.thenCompose(ignored -> work.get()).handle((result, failure) -> null);
        });
        tail.whenComplete((result, failure) -> tails.remove(chatId, tail));
    }

    /** Waits until the queued work is done, at most this long; @return whether it all finished */
    boolean drain(Duration atMost) {
        var all = CompletableFuture.allOf(tails.values().toArray(CompletableFuture[]::new));
        try {
            all.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    int busyChats() {
        return tails.size();
    }
}
