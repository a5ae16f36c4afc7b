package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InMemoryUpdateDedupTests {

    final AtomicLong now = new AtomicLong();
    final InMemoryUpdateDedup dedup = new InMemoryUpdateDedup(1_000, Duration.ofHours(24), now::get);

    @Test
    void takesAnUpdateTheFirstTimeOnly() {
        assertThat(dedup.firstSeen(7)).isTrue();
        assertThat(dedup.firstSeen(7)).isFalse();
        assertThat(dedup.firstSeen(8)).isTrue();
    }

    @Test
    void remembersAnUpdateForADay() {
        dedup.firstSeen(7);

        now.addAndGet(Duration.ofHours(23).toNanos());
        assertThat(dedup.firstSeen(7)).isFalse();
        now.addAndGet(Duration.ofHours(2).toNanos());
        assertThat(dedup.firstSeen(7)).isTrue();
    }

    @Test
    void forgetsWhatIsOlderThanADay() {
        for (int id = 0; id < 500; id++) {
            dedup.firstSeen(id);
        }

        now.addAndGet(Duration.ofHours(25).toNanos());
        dedup.firstSeen(1_000_000);

        assertThat(dedup.size()).isEqualTo(1);
    }

    @Test
    void keepsABoundedNumberOfUpdatesForgettingTheOldestFirst() {
        for (int id = 0; id < 5_000; id++) {
            dedup.firstSeen(id);
        }

        assertThat(dedup.size()).isLessThanOrEqualTo(1_000);
        assertThat(dedup.firstSeen(4_999)).isFalse();
        assertThat(dedup.firstSeen(0)).isTrue();
    }
}
