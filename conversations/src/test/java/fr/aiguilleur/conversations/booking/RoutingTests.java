package fr.aiguilleur.conversations.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoutingTests {

    static final String TERRITORIES = """
            coordinators:
              - id: ouest
                name: Ouest
                territories: ["33", "2A", "974"]
              - id: bdx
                name: Bordeaux centre
                territories: ["331"]
              - id: bdx-lac
                name: Bordeaux Lac
                territories: ["33300"]
              - id: corse-n
                name: Haute-Corse
                territories: ["2B"]
              - id: gwada
                name: Guadeloupe
                territories: ["971"]
                time_zone: America/Guadeloupe
              - id: repli
                name: Accueil
                fallback: true
            """;

    private final Coordinators coordinators = Coordinators.parse(TERRITORIES, "test.yaml");

    private String routedTo(String place) {
        return coordinators.route(place).coordinator().id();
    }

    @Nested
    class Covered {

        @Test
        void routesAPostcodeToTheCoordinatorOfItsDepartement() {
            assertThat(coordinators.route("33210")).isEqualTo(new Routing(coordinators.find("ouest").orElseThrow(), true));
        }

        @Test
        void tellsTheTwoCorsicanDepartementsApart() {
            assertThat(routedTo("20000")).as("Ajaccio, 2A").isEqualTo("ouest");
            assertThat(routedTo("20200")).as("Bastia, 2B").isEqualTo("corse-n");
            assertThat(routedTo("2b")).isEqualTo("corse-n");
        }

        @Test
        void routesOverseasPostcodesToTheirDepartement() {
            assertThat(routedTo("97400")).as("La Réunion").isEqualTo("ouest");
            assertThat(routedTo("97133")).as("Guadeloupe").isEqualTo("gwada");
            assertThat(coordinators.find("gwada").orElseThrow().zone()).hasToString("America/Guadeloupe");
        }

        @Test
        void prefersAPostcodePrefixToTheDepartement() {
            assertThat(routedTo("33100")).isEqualTo("bdx");
            assertThat(routedTo("33300")).as("the longer prefix wins").isEqualTo("bdx-lac");
            assertThat(routedTo("33210")).isEqualTo("ouest");
        }

        @Test
        void routesADepartementCodeByDepartementOnly() {
            assertThat(routedTo("33")).isEqualTo("ouest");
            assertThat(routedTo("974")).isEqualTo("ouest");
        }
    }

    @Nested
    class NotCovered {

        @Test
        void givesAPlaceNobodyCoversToTheFallbackCoordinator() {
            Routing routing = coordinators.route("75011");
            assertThat(routing.coordinator().id()).isEqualTo("repli");
            assertThat(routing.covered()).isFalse();
        }

        @Test
        void givesAnUnknownOrMissingPlaceToTheFallbackCoordinator() {
            assertThat(coordinators.route("99999").covered()).isFalse();
            assertThat(coordinators.route("hello").coordinator().id()).isEqualTo("repli");
            assertThat(coordinators.route(null).covered()).isFalse();
        }
    }

    @Nested
    class Packaged {

        @Test
        void shipsOneDemoCoordinatorCoveringEverywhere() {
            Coordinators packaged = Coordinators.packaged();
            assertThat(packaged.all()).hasSize(1);
            Coordinator demo = packaged.fallback();
            assertThat(demo.name()).isEqualTo("Camille (démo)");
            assertThat(demo.formats()).containsExactlyInAnyOrder("onsite", "phone", "video");
            assertThat(demo.visitMinutes()).isEqualTo(60);
            assertThat(demo.dashboard().passwordHash()).as("no password in the demo").isNull();
            for (String place : new String[] {"33210", "20200", "97400", "75011", "2A"}) {
                assertThat(packaged.route(place)).isEqualTo(new Routing(demo, true));
            }
        }

        @Test
        void offersEarlyLunchEveningAndSaturdayWindowsInTheDemo() {
            var windows = Coordinators.packaged().fallback().availability();
            assertThat(windows).anyMatch(w -> w.from().getHour() == 7)
                    .anyMatch(w -> w.from().getHour() == 12)
                    .anyMatch(w -> w.from().getHour() == 18)
                    .anyMatch(w -> w.day() == java.time.DayOfWeek.SATURDAY);
        }
    }
}
