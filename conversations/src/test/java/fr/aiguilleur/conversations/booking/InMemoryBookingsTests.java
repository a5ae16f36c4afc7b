package fr.aiguilleur.conversations.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InMemoryBookingsTests {

    private static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 1, 9, 0);

    private final InMemoryBookings bookings = new InMemoryBookings();

    private static VisitSlot slot(String coordinatorId, LocalDateTime start) {
        return new VisitSlot(Agenda.id(coordinatorId, start), coordinatorId, start, 60, SlotLabels.french(start));
    }

    /** How many of {@code takers} threads, let go at once, get the slot. */
    private static int winners(int takers, String round, Function<String, Boolean> take) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(takers);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<Boolean>>();
            for (int taker = 0; taker < takers; taker++) {
                String leadId = "lead-" + round + "-" + taker;
                results.add(threads.submit(() -> {
                    start.await();
                    return take.apply(leadId);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            return winners;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void givesEachSlotToExactlyOneOfManyTakersAtOnce() throws Exception {
        for (int round = 0; round < 200; round++) {
            VisitSlot slot = slot("c1", NINE.plusHours(round));
            assertThat(winners(16, "r" + round, leadId -> bookings.take(slot, leadId))).as("round " + round)
                    .isEqualTo(1);
        }
    }

    @Test
    void refusesASlotTakenByAnotherLeadButNotToTheLeadHoldingIt() {
        VisitSlot slot = slot("c1", NINE);
        assertThat(bookings.take(slot, "lead-1")).isTrue();
        assertThat(bookings.take(slot, "lead-2")).isFalse();
        assertThat(bookings.take(slot, "lead-1")).as("the same turn handled again").isTrue();
        assertThat(bookings.bookedSlots("c1", NINE.minusDays(1), NINE.plusDays(1))).containsExactly(slot.id());
    }

    @Test
    void freesASlotOnlyForTheLeadHoldingIt() {
        VisitSlot slot = slot("c1", NINE);
        bookings.take(slot, "lead-1");
        bookings.release(slot.id(), "lead-2");
        assertThat(bookings.take(slot, "lead-2")).isFalse();
        bookings.release(slot.id(), "lead-1");
        assertThat(bookings.take(slot, "lead-2")).isTrue();
    }

    @Test
    void listsTheBookedSlotsOfOneCoordinatorInAPeriod() {
        bookings.take(slot("c1", NINE), "a");
        bookings.take(slot("c1", NINE.plusDays(1)), "b");
        bookings.take(slot("c1", NINE.plusDays(3)), "c");
        bookings.take(slot("c2", NINE), "d");
        assertThat(bookings.bookedSlots("c1", NINE, NINE.plusDays(3)))
                .containsExactlyInAnyOrder("c1-261201-0900", "c1-261202-0900");
    }

    @Test
    void letsExactlyOneOfManyThreadsReserveThroughThePlanner() throws Exception {
        var planner = new CoordinatorPlanner(Coordinators.packaged(), bookings);
        for (int round = 0; round < 50; round++) {
            VisitSlot slot = slot("demo", NINE.plusHours(round));
            assertThat(winners(8, "p" + round, leadId -> planner.reserve(slot, leadId))).isEqualTo(1);
        }
    }
}
