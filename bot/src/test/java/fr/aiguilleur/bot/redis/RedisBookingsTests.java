package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisBookingsTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
    private static final RedisBookings bookings = new RedisBookings(redis);

    /** A coordinator id no other test uses (ids may hold "-"). */
    private final String coordinator = "c-" + UUID.randomUUID().toString().substring(0, 6);
    private final LocalDateTime nine = LocalDateTime.now().plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);

    private VisitSlot slot(LocalDateTime start) {
        String id = coordinator + "-" + start.toLocalDate().toString().replace("-", "").substring(2) + "-"
                + String.format("%02d00", start.getHour());
        return new VisitSlot(id, coordinator, start, 60, "un créneau");
    }

    @Test
    void givesASlotToExactlyOneOfManyTakersAtOnceRoundAfterRound() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 25; round++) {
                VisitSlot slot = slot(nine.plusDays(round));
                var start = new CountDownLatch(1);
                var results = new ArrayList<Future<Boolean>>();
                for (int taker = 0; taker < 16; taker++) {
                    String leadId = "lead-" + round + "-" + taker;
                    results.add(threads.submit(() -> {
                        start.await();
                        return bookings.take(slot, leadId);
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round " + round).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void takesASlotAgainForTheLeadHoldingItOnly() {
        VisitSlot slot = slot(nine);
        assertThat(bookings.take(slot, "lead-1")).isTrue();
        assertThat(bookings.take(slot, "lead-1")).isTrue();
        assertThat(bookings.take(slot, "lead-2")).isFalse();
    }

    @Test
    void refusesToFreeASlotForAnotherLead() {
        VisitSlot slot = slot(nine);
        bookings.take(slot, "lead-1");

        bookings.release(slot.id(), "lead-2");
        assertThat(bookings.take(slot, "lead-2")).isFalse();
        assertThat(bookings.bookedSlots(coordinator, nine, nine.plusHours(1))).containsExactly(slot.id());

        bookings.release(slot.id(), "lead-1");
        assertThat(bookings.bookedSlots(coordinator, nine, nine.plusHours(1))).isEmpty();
        assertThat(bookings.take(slot, "lead-2")).isTrue();
    }

    @Test
    void listsTheTakenSlotsOfACoordinatorInAPeriod() {
        VisitSlot first = slot(nine);
        VisitSlot next = slot(nine.plusDays(1));
        VisitSlot later = slot(nine.plusDays(5));
        bookings.take(first, "a");
        bookings.take(next, "b");
        bookings.take(later, "c");

        assertThat(bookings.bookedSlots(coordinator, nine, nine.plusDays(2))).containsExactlyInAnyOrder(first.id(),
                next.id());
        assertThat(bookings.bookedSlots(coordinator, nine.plusMinutes(1), nine.plusDays(1))).isEmpty();
    }
}
