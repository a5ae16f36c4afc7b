package fr.aiguilleur.conversations.booking;

import static fr.aiguilleur.conversations.booking.CoordinatorPlannerTests.MONDAY_8AM;
import static fr.aiguilleur.conversations.booking.CoordinatorPlannerTests.PARIS;
import static fr.aiguilleur.conversations.booking.CoordinatorPlannerTests.coordinator;
import static fr.aiguilleur.conversations.booking.CoordinatorPlannerTests.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocalTimeTests {

    static final ZoneId GUADELOUPE = ZoneId.of("America/Guadeloupe");

    @Nested
    class ZonesOfPlaces {

        @Test
        void comeFromTheDepartementOverseasAndAreParisElsewhere() {
            assertThat(TimeZones.ofPlace("97122")).isEqualTo(GUADELOUPE);
            assertThat(TimeZones.ofPlace("97200")).isEqualTo(ZoneId.of("America/Martinique"));
            assertThat(TimeZones.ofPlace("97300")).isEqualTo(ZoneId.of("America/Cayenne"));
            assertThat(TimeZones.ofPlace("97400")).isEqualTo(ZoneId.of("Indian/Reunion"));
            assertThat(TimeZones.ofPlace("97600")).isEqualTo(ZoneId.of("Indian/Mayotte"));
            assertThat(TimeZones.ofPlace("97500")).isEqualTo(ZoneId.of("America/Miquelon"));
            assertThat(TimeZones.ofPlace("33210")).isEqualTo(PARIS);
            assertThat(TimeZones.ofPlace(null)).isEqualTo(PARIS);
        }

        @Test
        void giveACoordinatorWithoutAZoneTheOneOfItsTerritories() {
            assertThat(TimeZones.ofTerritories(List.of("971", "9712"))).isEqualTo(GUADELOUPE);
            assertThat(TimeZones.ofTerritories(List.of("971", "33"))).isEqualTo(PARIS);
            assertThat(TimeZones.ofTerritories(List.of("*"))).isEqualTo(PARIS);
        }
    }

    @Nested
    class SlotsOfACoordinatorInParisForAPersonInGuadeloupe {

        /** Monday 12:00-14:00 in Paris is 7:00-9:00 in Guadeloupe (UTC-4, Paris UTC+1 in winter). */
        private final CoordinatorPlanner planner = new CoordinatorPlanner(new Coordinators(List.of(
                coordinator(PARIS, Set.of("phone"), window(DayOfWeek.MONDAY, 7, 9), window(DayOfWeek.MONDAY, 12, 14)))),
                new InMemoryBookings());

        @Test
        void fitTheEarlyMorningOfThePersonsOwnTime() {
            var slots = planner.freeSlots("97122", List.of("early"), "phone", MONDAY_8AM);
            assertThat(slots).isNotEmpty().allSatisfy(slot -> assertThat(slot.start().getHour()).isBetween(12, 13));
        }

        @Test
        void readInThePersonsTimeNamingTheirZone() {
            var slot = planner.freeSlots("97122", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(slot.start()).isEqualTo(LocalDateTime.of(2026, 11, 30, 12, 0));
            assertThat(slot.label()).isEqualTo("Lundi 30 novembre à 7 h 00, heure de la Guadeloupe");
            assertThat(planner.label(slot, "97122", "en")).isEqualTo("Monday 30 November at 7:00, Guadeloupe time");
        }

        @Test
        void readInTheCoordinatorsTimeWithoutAZoneForAPersonInTheSameZone() {
            var slot = planner.freeSlots("33210", List.of("early"), "phone", MONDAY_8AM).get(0);
            assertThat(slot.label()).isEqualTo("Lundi 30 novembre à 7 h 00");
        }

        @Test
        void showBothTimesToTheCoordinator() {
            assertThat(SlotLabels.both(LocalDateTime.of(2026, 11, 30, 12, 0), PARIS, GUADELOUPE, "fr"))
                    .isEqualTo("Lundi 30 novembre à 12 h 00, heure de Paris (7 h 00 pour la personne, heure de la Guadeloupe)");
        }
    }
}
