package fr.aiguilleur.conversations.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceFinderTests {

    private final PlaceFinder finder = new PlaceFinder(PostcodePositions.packaged(),
            () -> PackagedSample.load(Instant.EPOCH));

    @Test
    void everyFrenchPostcodeHasAPositionIncludingCorsicaAndOverseas() {
        PostcodePositions positions = PostcodePositions.packaged();

        assertThat(positions.size()).isGreaterThan(6000);
        assertThat(positions.of("20000").orElseThrow().inseeCode()).isEqualTo("2A004");
        assertThat(positions.of("97400").orElseThrow().commune()).isEqualTo("Saint-Denis");
        assertThat(positions.of("99999")).isEmpty();
    }

    @Test
    void placesAreGivenNearestFirstWithTheirDistance() {
        var around = finder.around("24000").orElseThrow();

        assertThat(around.sample()).isTrue();
        assertThat(around.places()).extracting(nearby -> nearby.place().id())
                .startsWith("exemple-fs-perigueux", "exemple-mediatheque-perigueux", "exemple-aidants-bergerac");
        assertThat(around.places().get(2).km()).isBetween(35.0, 45.0);
    }

    @Test
    void aRuralPostcodeFindsThePlaceOfTheDepartementTownBeyondThirtyKilometres() {
        var around = finder.around("48300").orElseThrow();

        assertThat(around.places()).singleElement().satisfies(nearby -> {
            assertThat(nearby.place().id()).isEqualTo("exemple-fs-mende");
            assertThat(nearby.km()).isBetween(30.0, 40.0);
        });
    }

    @Test
    void overseasPlacesAreFoundOnTheirIslandOnly() {
        assertThat(finder.around("97430").orElseThrow().places()).extracting(nearby -> nearby.place().id())
                .containsExactly("exemple-numerique-saint-denis");
        assertThat(finder.around("97300").orElseThrow().places()).extracting(nearby -> nearby.place().id())
                .containsExactly("exemple-fs-cayenne");
    }

    @Test
    void aPlaceChosenByARuleCarriesAMapLinkAndItsDistanceForPeople() {
        var choice = finder.around("24000").orElseThrow()
                .choose("exemple-fs-perigueux", "aide", "help", "rule").orElseThrow();

        assertThat(choice.roundedKm()).isEqualTo(1);
        assertThat(choice.mapUrl()).startsWith("https://www.openstreetmap.org/?mlat=45.185&mlon=0.719");
        assertThat(choice.sample()).isTrue();
    }
}
