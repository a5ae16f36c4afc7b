package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChatLanesTests {

    private final ChatLanes lanes = new ChatLanes();
    private final List<String> done = new CopyOnWriteArrayList<>();

    /** Work that finishes later, on another thread, after a delay. */
    private CompletableFuture<?> later(String name, long millis) {
        return CompletableFuture.runAsync(() -> done.add(name),
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    @Test
    void runsTheWorkOfOneChatInArrivalOrder() {
        lanes.enqueue(1, () -> later("first", 200));
        lanes.enqueue(1, () -> later("second", 10));
        lanes.enqueue(1, () -> later("third", 0));

        assertThat(lanes.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(done).containsExactly("first", "second", "third");
    }

    @Test
    void doesNotMakeOneChatWaitForAnother() throws InterruptedException {
        var slowStarted = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        lanes.enqueue(1, () -> CompletableFuture.runAsync(() -> {
            slowStarted.countDown();
            waitFor(release);
            done.add("slow");
        }));
        try {
            assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            lanes.enqueue(2, () -> later("quick", 0));

            awaitDone("quick");
        } finally {
            release.countDown();
        }
        assertThat(lanes.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(done).containsExactly("quick", "slow");
    }

    @Test
    void goesOnAfterAFailure() {
        lanes.enqueue(1, () -> CompletableFuture.failedFuture(new IllegalStateException("boom")));
        lanes.enqueue(1, () -> {
            throw new IllegalStateException("thrown");
        });
        lanes.enqueue(1, () -> later("after", 0));

        assertThat(lanes.drain(Duration.ofSeconds(10))).isTrue();
        assertThat(done).containsExactly("after");
    }

    @Test
    void forgetsChatsWithNothingLeftToDo() {
        lanes.enqueue(1, () -> later("a", 0));
        lanes.enqueue(2, () -> later("b", 0));

        lanes.drain(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(10)).until(() -> lanes.busyChats() == 0);
    }

    private void awaitDone(String name) {
        await().atMost(Duration.ofSeconds(10)).until(() -> done.contains(name));
    }

    /** Waits until the test releases the latch (which it does, even when failing), a minute at most. */
    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
