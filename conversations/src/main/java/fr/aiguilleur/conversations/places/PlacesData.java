package fr.aiguilleur.conversations.places;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The places in use and where they come from.
 *
 * @param source   where they were read ("packaged sample", a file path, a URL)
 * @param sample   whether this is the small packaged sample (to be marked as such wherever shown)
 * @param read     the reading that gave them
 * @param loadedAt when they were read
 */
public record PlacesData(String source, boolean sample, PlacesRead read, Instant loadedAt) {

    public PlacesData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(read, "read");
    }

    public List<Place> places() {
        return read.places();
    }

    /** The data's date: the latest {@code date_maj} of its places, or {@code null} without any. */
    public LocalDate dataDate() {
        return read.places().stream().map(Place::updated).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The places within {@code km} of a position, the nearest first, at most {@code most}. */
    public List<NearbyPlace> near(Position position, double km, int most) {
        return read.places().stream()
                .map(place -> new NearbyPlace(place, position.kmTo(place.position())))
                .filter(nearby -> nearby.km() <= km)
                .sorted(Comparator.comparingDouble(NearbyPlace::km))
                .limit(most)
                .toList();
    }
}
