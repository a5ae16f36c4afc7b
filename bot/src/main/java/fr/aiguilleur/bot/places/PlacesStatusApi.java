package fr.aiguilleur.bot.places;

import fr.aiguilleur.conversations.places.PlacesData;
import fr.aiguilleur.conversations.places.SkippedRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/places/status}: where the places come from, how fresh, what was skipped, the last refresh. */
@RestController
class PlacesStatusApi {

    /** The skipped rows listed (their count is always whole). */
    static final int SKIPPED_LISTED = 200;

    private final PlacesInUse places;

    PlacesStatusApi(PlacesInUse places) {
        this.places = places;
    }

    @GetMapping("/api/places/status")
    View status() {
        return View.of(places.current(), places.lastRefresh());
    }

    /**
     * The status as JSON.
     *
     * @param source      where the places in use were read
     * @param sample      true while the packaged sample (not real places) is in use
     * @param dataDate    the latest {@code date_maj} of the places
     * @param loadedAt    when they were read
     * @param places      how many places are in use
     * @param rowsRead    rows read in that file
     * @param rowsSkipped rows skipped
     * @param skipped     the first skipped rows, with line and reason
     * @param lastRefresh the last attempt to read the places again (null before any)
     */
    record View(String source, boolean sample, LocalDate dataDate, Instant loadedAt, int places, int rowsRead,
            int rowsSkipped, List<SkippedRow> skipped, PlacesInUse.Refresh lastRefresh) {

        static View of(PlacesData data, PlacesInUse.Refresh refresh) {
            List<SkippedRow> skipped = data.read().skipped();
            return new View(data.source(), data.sample(), data.dataDate(), data.loadedAt(), data.places().size(),
                    data.read().rowsRead(), skipped.size(), skipped.subList(0, Math.min(SKIPPED_LISTED, skipped.size())),
                    refresh);
        }
    }
}
