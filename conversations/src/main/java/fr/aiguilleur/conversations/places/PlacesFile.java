package fr.aiguilleur.conversations.places;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a CSV file in the national standard of digital-mediation places (comma-separated, a header
 * line naming the fields, UTF-8). A bad row is skipped with its line and reason; a file that ends
 * inside a row (a cut download) keeps the rows before the cut.
 */
public final class PlacesFile {

    static final String CUT = "the file ends inside a row (cut download?)";
    private static final Set<String> NEEDED_COLUMNS = Set.of("id", "nom", "code_postal", "commune", "services");
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.ALLOW_COMMENTS)
            .build();

    private PlacesFile() {
    }

    /** Reads every row; never throws on content (a file that is not a places file has no valid row). */
    public static PlacesRead read(Reader reader) {
        List<Place> places = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>();
        int rows = 0;
        try (MappingIterator<Map<String, String>> iterator = MAPPER.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            Optional<String> missing = missingColumn(iterator);
            if (missing.isPresent()) {
                return new PlacesRead(List.of(), 0, List.of(new SkippedRow(1, "no column " + missing.get()
                        + ": not a file of the national standard")));
            }
            while (hasNext(iterator, skipped)) {
                long line = iterator.getCurrentLocation().getLineNr();
                Map<String, String> row;
                try {
                    row = iterator.next();
                } catch (RuntimeJsonMappingException e) {
                    rows++;
                    skipped.add(new SkippedRow(line, "unreadable row"));
                    continue;
                } catch (RuntimeException e) {
                    rows++;
                    skipped.add(new SkippedRow(line, CUT));
                    break;
                }
                rows++;
                Map<String, String> fields = lowerCaseKeys(row);
                long rowLine = Math.max(line, 2);
                PlaceRow.problem(fields).ifPresentOrElse(problem -> skipped.add(new SkippedRow(rowLine, problem)),
                        () -> places.add(PlaceRow.place(fields)));
            }
        } catch (IOException e) {
            skipped.add(new SkippedRow(rows + 2, "unreadable file: " + e.getClass().getSimpleName()));
        }
        return new PlacesRead(places, rows, skipped);
    }

    private static boolean hasNext(MappingIterator<?> iterator, List<SkippedRow> skipped) {
        try {
            return iterator.hasNextValue();
        } catch (IOException | RuntimeException e) {
            skipped.add(new SkippedRow(iterator.getCurrentLocation().getLineNr(),
                    CUT));
            return false;
        }
    }

    private static Optional<String> missingColumn(MappingIterator<?> iterator) throws IOException {
        iterator.hasNextValue();
        CsvSchema schema = (CsvSchema) iterator.getParserSchema();
        Set<String> columns = new java.util.HashSet<>();
        for (CsvSchema.Column column : schema) {
            columns.add(column.getName().trim().toLowerCase(Locale.ROOT));
        }
        return NEEDED_COLUMNS.stream().sorted().filter(column -> !columns.contains(column)).findFirst();
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> row) {
        Map<String, String> lower = new TreeMap<>();
        row.forEach((key, value) -> lower.put(key.trim().toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
