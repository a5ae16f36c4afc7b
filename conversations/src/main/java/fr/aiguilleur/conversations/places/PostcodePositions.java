package fr.aiguilleur.conversations.places;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The position of every French postcode, from the packaged table {@code places/postcodes.csv}
 * (built once by scripts/places/build-postcodes.mjs from official open data: see docs/places.md).
 */
public final class PostcodePositions {

    private static final String TABLE = "/places/postcodes.csv";

    private final Map<String, CommunePosition> byPostcode;

    private PostcodePositions(Map<String, CommunePosition> byPostcode) {
        this.byPostcode = Map.copyOf(byPostcode);
    }

    /** The packaged table. */
    public static PostcodePositions packaged() {
        try (InputStream in = PostcodePositions.class.getResourceAsStream(TABLE);
                MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, CommunePosition> positions = new HashMap<>(8192);
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.next();
                positions.put(row.get("code_postal"), new CommunePosition(row.get("code_postal"), row.get("code_insee"),
                        row.get("commune"), new Position(Double.parseDouble(row.get("latitude")),
                                Double.parseDouble(row.get("longitude"))), row.get("precision")));
            }
            return new PostcodePositions(positions);
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged table " + TABLE + " cannot be read", e);
        }
    }

    public Optional<CommunePosition> of(String postcode) {
        return postcode == null ? Optional.empty() : Optional.ofNullable(byPostcode.get(postcode.strip()));
    }

    public int size() {
        return byPostcode.size();
    }
}
