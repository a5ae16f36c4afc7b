package fr.aiguilleur.conversations.places;

import java.util.List;

/**
 * What one reading of a places file gave.
 *
 * @param places   the valid rows
 * @param rowsRead every data row read (valid or not)
 * @param skipped  the rows left out, with their line and reason
 */
public record PlacesRead(List<Place> places, int rowsRead, List<SkippedRow> skipped) {

    public PlacesRead {
        places = List.copyOf(places);
        skipped = List.copyOf(skipped);
    }

    /** Whether the file was read to its end (not cut inside a row, as a broken download is). */
    public boolean complete() {
        return skipped.stream().noneMatch(row -> PlacesFile.CUT.equals(row.reason()));
    }
}
