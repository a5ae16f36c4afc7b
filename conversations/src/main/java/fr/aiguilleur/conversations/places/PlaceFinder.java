package fr.aiguilleur.conversations.places;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the places around a postcode: every place within {@link #REACH_KM}, the nearest
 * {@link #MOST} at most. Which of them suit the person is for the rules to say.
 */
public final class PlaceFinder {

    /** The farthest a place may be to be offered to the rules. */
    public static final double REACH_KM = 100;
    /** The most places offered to the rules. */
    public static final int MOST = 300;

    private final PostcodePositions postcodes;
    private final Supplier<PlacesData> data;

    public PlaceFinder(PostcodePositions postcodes, Supplier<PlacesData> data) {
        this.postcodes = postcodes;
        this.data = data;
    }

    /** The places around the postcode's commune; empty for an unknown postcode. */
    public Optional<PlaceCandidates> around(String postcode) {
        PlacesData current = data.get();
        return postcodes.of(postcode).map(where -> new PlaceCandidates(where,
                current == null ? List.of() : current.near(where.position(), REACH_KM, MOST),
                current != null && current.sample()));
    }
}
