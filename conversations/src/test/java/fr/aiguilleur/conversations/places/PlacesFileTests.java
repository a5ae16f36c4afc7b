package fr.aiguilleur.conversations.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacesFileTests {

    static PlacesRead read(String resource) {
        return PlacesFile.read(new InputStreamReader(PlacesFileTests.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8));
    }

    @Nested
    class TheStandardsOwnExample {

        @Test
        void isReadWithEveryFieldAiguilleurUses() {
            PlacesRead read = read("/places/exemple-valide.csv");

            assertThat(read.rowsRead()).isEqualTo(1);
            assertThat(read.skipped()).isEmpty();
            Place place = read.places().get(0);
            assertThat(place.id()).isEqualTo("structure-1");
            assertThat(place.name()).isEqualTo("Anonymal");
            assertThat(place.fullAddress()).isEqualTo("12 BIS RUE DE LECLERCQ, 51100 Reims");
            assertThat(place.inseeCode()).isEqualTo("51454");
            assertThat(place.position()).isEqualTo(new Position(43.52609, 5.41423));
            assertThat(place.services()).containsExactly("Aide aux démarches administratives",
                    "Maîtrise des outils numériques du quotidien");
            assertThat(place.programmes()).containsExactly("Aidants Connect", "Conseillers numériques", "La Croix Rouge");
            assertThat(place.support()).containsExactly("En autonomie", "Accompagnement individuel");
            assertThat(place.emails()).containsExactly("contact@laquincaillerie.tl", "responsable@laquincaillerie.tl");
            assertThat(place.websites()).hasSize(2);
            assertThat(place.openingHours()).isEqualTo("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
            assertThat(place.free()).isTrue();
            assertThat(place.bookingUrl()).isEqualTo("https://www.rdv-solidarites.fr/");
            assertThat(place.updated()).isEqualTo(LocalDate.of(2022, 6, 2));
        }
    }

    @Nested
    class OurFixture {

        private final PlacesRead read = read("/places/fixture-places.csv");

        @Test
        void keepsThePlacesOfCorsicaOverseasAndUnusualHours() {
            assertThat(read.places()).extracting(Place::id)
                    .containsExactly("ajaccio-1", "reunion-1", "night-1", "oddhours-1");
            assertThat(read.places().get(0).inseeCode()).isEqualTo("2A004");
            assertThat(read.places().get(1).position().latitude()).isNegative();
            assertThat(read.places().get(1).free()).isFalse();
            assertThat(read.places().get(1).publics()).containsExactly("Seniors", "Jeunes");
        }

        @Test
        void skipsEachBadRowWithItsLineAndReason() {
            assertThat(read.rowsRead()).isEqualTo(10);
            assertThat(read.skipped()).extracting(SkippedRow::line).containsExactly(6L, 7L, 8L, 9L, 10L, 11L);
            assertThat(read.skipped()).extracting(SkippedRow::reason).containsExactly(
                    "no id",
                    "code_postal is not five digits: '6900'",
                    "no latitude or longitude",
                    "latitude or longitude is not a position: '145.76', '4.83'",
                    "date_maj is not a date (YYYY-MM-DD): '01/08/2026'",
                    "no services");
        }
    }

    @Nested
    class BrokenFiles {

        @Test
        void aFileCutInsideARowKeepsTheRowsBeforeTheCut() {
            String cut = "id,nom,commune,code_postal,latitude,longitude,services,date_maj\n"
                    + "a,Lieu A,Lyon,69001,45.76,4.83,Aide aux démarches administratives,2026-01-01\n"
                    + "b,\"Lieu B coupé";

            PlacesRead read = PlacesFile.read(new StringReader(cut));

            assertThat(read.places()).extracting(Place::id).containsExactly("a");
            assertThat(read.skipped()).singleElement().satisfies(skipped ->
                    assertThat(skipped.reason()).contains("ends inside a row"));
        }

        @Test
        void aPageThatIsNotAPlacesFileHasNoValidRow() {
            PlacesRead read = PlacesFile.read(new StringReader("<html><body>Service unavailable</body></html>\n"));

            assertThat(read.places()).isEmpty();
            assertThat(read.skipped()).singleElement().satisfies(skipped ->
                    assertThat(skipped.reason()).contains("not a file of the national standard"));
        }
    }
}
