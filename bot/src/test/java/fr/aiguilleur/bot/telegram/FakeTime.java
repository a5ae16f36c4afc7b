package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when the code under test sleeps; notes each sleep instead of sleeping. Thread-safe. */
final class FakeTime implements SendingPace.Time {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public long nanos() {
        return now.get();
    }

    @Override
    public void sleep(long nanos) {
        sleeps.add(Duration.ofNanos(nanos));
        now.addAndGet(nanos);
    }

    void pass(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
