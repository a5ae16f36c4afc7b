package fr.aiguilleur.conversations.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoordinatorPlannerTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 23 November 2026, 08:00 in Paris. */
    static final Instant MONDAY_8AM = LocalDateTime.of(2026, 11, 23, 8, 0).atZone(PARIS).toInstant();

    static Coordinator.Window window(DayOfWeek day, int from, int to) {
        return new Coordinator.Window(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    static Coordinator coordinator(ZoneId zone, Set<String> formats, Coordinator.Window... windows) {
        return new Coordinator("c1", "Camille", List.of("*"), null, null, List.of(windows), 60, formats, zone, null,
                true);
    }

    /** Early on Tuesday, lunch on Wednesday, evening on Thursday, Saturday morning. */
    static Coordinator weekly() {
        return coordinator(PARIS, Set.of("onsite", "phone"), window(DayOfWeek.TUESDAY, 7, 9),
                window(DayOfWeek.WEDNESDAY, 12, 14), window(DayOfWeek.THURSDAY, 18, 20),
                window(DayOfWeek.SATURDAY, 9, 12));
    }

    private final InMemoryBookings bookings = new InMemoryBookings();

    private CoordinatorPlanner planner(Coordinator... coordinators) {
        return new CoordinatorPlanner(new Coordinators(List.of(coordinators)), bookings);
    }

    private static List<LocalDateTime> starts(List<VisitSlot> slots) {
        return slots.stream().map(VisitSlot::start).toList();
    }

    @Nested
    class Offered {

        @Test
        void offersNothingWithin24Hours() {
            var slots = planner(weekly()).freeSlots("33210", List.of("early"), "phone", MONDAY_8AM);
            assertThat(slots.get(0).start()).as("Tuesday 07:00 is 23 h away; 08:00 is 24 h away")
                    .isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 0));
        }

        @Test
        void offersAtMostFourSlotsOnFourDifferentDays() {
            var slots = planner(weekly()).freeSlots("33210", List.of("any"), "onsite", MONDAY_8AM);
            assertThat(slots).hasSize(4);
            assertThat(slots).extracting(slot -> slot.start().toLocalDate()).doesNotHaveDuplicates();
            assertThat(starts(slots)).isSorted();
        }

        @Test
        void keepsOnlyTheMomentsChosen() {
            var planner = planner(weekly());
            assertThat(starts(planner.freeSlots("33", List.of("early"), "phone", MONDAY_8AM)))
                    .allMatch(start -> start.getHour() < 9);
            assertThat(starts(planner.freeSlots("33", List.of("lunch"), "phone", MONDAY_8AM)))
                    .isNotEmpty().allMatch(start -> start.getDayOfWeek() == DayOfWeek.WEDNESDAY);
            assertThat(starts(planner.freeSlots("33", List.of("evening"), "phone", MONDAY_8AM)))
                    .isNotEmpty().allMatch(start -> start.getHour() >= 18);
            assertThat(starts(planner.freeSlots("33", List.of("weekend"), "phone", MONDAY_8AM)))
                    .isNotEmpty().allMatch(start -> start.getDayOfWeek() == DayOfWeek.SATURDAY);
            assertThat(starts(planner.freeSlots("33", List.of("early", "weekend"), "phone", MONDAY_8AM)))
                    .hasSize(4).allMatch(start -> start.getHour() < 9 || start.getDayOfWeek() == DayOfWeek.SATURDAY);
        }

        @Test
        void offersNothingInAFormatTheCoordinatorDoesNotOffer() {
            assertThat(planner(weekly()).freeSlots("33210", List.of("any"), "video", MONDAY_8AM)).isEmpty();
        }

        @Test
        void neverOffersABookedSlot() {
            var planner = planner(weekly());
            VisitSlot first = planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(planner.reserve(first, "lead-1")).isTrue();
            assertThat(planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM)).doesNotContain(first)
                    .extracting(VisitSlot::id).doesNotContain(first.id());
            planner.release(first, "lead-1");
            assertThat(planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM)).contains(first);
        }

        @Test
        void offersNothingBeyondTwoWeeks() {
            var everyDay = new ArrayList<Coordinator.Window>();
            for (DayOfWeek day : DayOfWeek.values()) {
                everyDay.add(window(day, 7, 8));
            }
            var slots = Agenda.slots(coordinator(PARIS, null, everyDay.toArray(Coordinator.Window[]::new)),
                    MONDAY_8AM);
            assertThat(slots).hasSize(13);
            assertThat(slots.get(slots.size() - 1).start()).isEqualTo(LocalDateTime.of(2026, 12, 7, 7, 0));
        }

        @Test
        void givesShortStableIdsAndPlainFrenchLabels() {
            VisitSlot slot = planner(weekly()).freeSlots("33210", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(slot.id()).isEqualTo("c1-261124-0800").matches("[A-Za-z0-9_-]{1,20}");
            assertThat(slot.label()).isEqualTo("Mardi 24 novembre à 8 h 00");
            assertThat(SlotLabels.of(slot.start(), "en")).isEqualTo("Tuesday 24 November at 8:00");
            assertThat(slot.coordinatorId()).isEqualTo("c1");
            assertThat(slot.minutes()).isEqualTo(60);
        }
    }

    @Nested
    class Reserve {

        @Test
        void takesAnOfferedSlotEvenAFewMinutesUnder24HoursAway() {
            var planner = planner(weekly());
            VisitSlot first = planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(planner.reserve(first, "lead-1", MONDAY_8AM.plus(Duration.ofMinutes(20)))).isTrue();
        }

        @Test
        void refusesASlotOfferedLongAgoThatIsNowTooClose() {
            var planner = planner(weekly());
            VisitSlot first = planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(planner.reserve(first, "lead-1", MONDAY_8AM.plus(Duration.ofHours(13)))).isFalse();
            assertThat(planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM)).as("still free")
                    .contains(first);
        }

        @Test
        void refusesASlotOfAnUnknownCoordinator() {
            LocalDateTime start = LocalDateTime.of(2026, 12, 1, 9, 0);
            var forged = new VisitSlot("zz-261201-0900", "zz", start, 60, "Mardi 1 décembre à 9 h 00");
            assertThat(planner(weekly()).reserve(forged, "lead-1", MONDAY_8AM)).isFalse();
        }
    }

    @Nested
    class Territories {

        @Test
        void offersNoSlotWhereNobodyCovers() {
            var covering = new Coordinator("c2", "Samir", List.of("33"), null, null,
                    List.of(window(DayOfWeek.TUESDAY, 7, 9)), 60, null, PARIS, null, false);
            var fallback = new Coordinator("c1", "Accueil", List.of(), null, null,
                    List.of(window(DayOfWeek.TUESDAY, 7, 9)), 60, null, PARIS, null, true);
            var planner = planner(covering, fallback);
            assertThat(planner.covers("75011")).isFalse();
            assertThat(planner.freeSlots("75011", List.of("any"), "phone", MONDAY_8AM)).isEmpty();
            assertThat(planner.covers("33210")).isTrue();
            assertThat(planner.freeSlots("33210", List.of("any"), "phone", MONDAY_8AM))
                    .allMatch(slot -> slot.coordinatorId().equals("c2")).isNotEmpty();
        }

        @Test
        void countsTheNoticeInTheCoordinatorsOwnTimeZone() {
            ZoneId reunion = ZoneId.of("Indian/Reunion");
            Instant mondayEightInReunion = LocalDateTime.of(2026, 11, 23, 8, 0).atZone(reunion).toInstant();
            var planner = planner(coordinator(reunion, null, window(DayOfWeek.TUESDAY, 7, 9)));
            assertThat(planner.freeSlots("97400", List.of("any"), "phone", mondayEightInReunion).get(0).start())
                    .isEqualTo(LocalDateTime.of(2026, 11, 24, 8, 0));
        }
    }

    @Nested
    class ClockChanges {

        @Test
        void countsTheLostHourOfLateMarch() {
            Instant saturday = LocalDateTime.of(2026, 3, 28, 7, 30).atZone(PARIS).toInstant();
            var planner = planner(coordinator(PARIS, null, window(DayOfWeek.SUNDAY, 7, 10)));
            var slots = planner.freeSlots("33210", List.of("any"), "phone", saturday);
            assertThat(slots.get(0).start()).as("Sunday 08:00 is only 23 h 30 away once clocks go forward")
                    .isEqualTo(LocalDateTime.of(2026, 3, 29, 9, 0));
        }

        @Test
        void countsTheExtraHourOfLateOctober() {
            Instant saturday = LocalDateTime.of(2026, 10, 24, 8, 30).atZone(PARIS).toInstant();
            var planner = planner(coordinator(PARIS, null, window(DayOfWeek.SUNDAY, 7, 10)));
            var slots = planner.freeSlots("33210", List.of("any"), "phone", saturday);
            assertThat(slots.get(0).start()).as("Sunday 08:00 is 24 h 30 away once clocks go back")
                    .isEqualTo(LocalDateTime.of(2026, 10, 25, 8, 0));
            assertThat(Duration.between(saturday, slots.get(0).start().atZone(PARIS).toInstant()))
                    .isEqualTo(Duration.ofMinutes(24 * 60 + 30));
        }

        @Test
        void offersNoSlotAtATimeThatDoesNotExist() {
            Instant before = LocalDateTime.of(2026, 3, 26, 12, 0).atZone(PARIS).toInstant();
            var slots = Agenda.slots(coordinator(PARIS, null, window(DayOfWeek.SUNDAY, 1, 4)), before);
            assertThat(starts(slots)).filteredOn(start -> start.toLocalDate().equals(LocalDate.of(2026, 3, 29)))
                    .containsExactly(LocalDateTime.of(2026, 3, 29, 1, 0), LocalDateTime.of(2026, 3, 29, 3, 0));
        }
    }

    @Nested
    class Spread {

        private VisitSlot slot(int day, int hour) {
            LocalDateTime start = LocalDateTime.of(2026, 12, day, hour, 0);
            return new VisitSlot(Agenda.id("c1", start), "c1", start, 60, SlotLabels.french(start));
        }

        @Test
        void takesOneSlotADayBeforeASecondOnTheSameDay() {
            var free = List.of(slot(1, 7), slot(1, 8), slot(1, 9), slot(1, 10), slot(2, 7), slot(3, 7));
            assertThat(CoordinatorPlanner.spread(free, 4))
                    .containsExactly(slot(1, 7), slot(1, 8), slot(2, 8 - 1), slot(3, 7));
        }

        @Test
        void variesTheTimeOfDayFromOneDayToTheNext() {
            var free = List.of(slot(1, 7), slot(1, 12), slot(2, 7), slot(2, 12), slot(3, 7), slot(3, 18));
            assertThat(CoordinatorPlanner.spread(free, 3)).containsExactly(slot(1, 7), slot(2, 12), slot(3, 18));
        }
    }
}
