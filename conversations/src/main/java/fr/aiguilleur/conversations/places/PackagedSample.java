package fr.aiguilleur.conversations.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The small sample of places packaged with the service, used until an operator loads the national file. */
public final class PackagedSample {

    /** How the sample is named as a source. */
    public static final String SOURCE = "packaged sample (not real places)";

    private static final String FILE = "/places/sample-places.csv";

    private PackagedSample() {
    }

    public static PlacesData load(Instant at) {
        try (InputStream in = PackagedSample.class.getResourceAsStream(FILE)) {
            return new PlacesData(SOURCE, true, PlacesFile.read(new InputStreamReader(in, StandardCharsets.UTF_8)), at);
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged sample " + FILE + " cannot be read", e);
        }
    }
}
