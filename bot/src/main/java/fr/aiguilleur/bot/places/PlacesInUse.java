package fr.aiguilleur.bot.places;

import fr.aiguilleur.conversations.places.PackagedSample;
import fr.aiguilleur.conversations.places.PlacesData;
import fr.aiguilleur.conversations.places.PlacesFile;
import fr.aiguilleur.conversations.places.PlacesRead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places in use. A reading with no valid row, a failed or cut download, leaves the previous
 * places in place; a good download also replaces the copy kept on disk.
 */
public final class PlacesInUse {

    private static final Logger LOG = LoggerFactory.getLogger(PlacesInUse.class);

    private final PlacesSettings settings;
    private final Clock clock;
    private final AtomicReference<PlacesData> current = new AtomicReference<>();
    private final AtomicReference<Refresh> lastRefresh = new AtomicReference<>();

    PlacesInUse(PlacesSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        current.set(PackagedSample.load(clock.instant()));
    }

    /** What is read at start without waiting on the network: the file, or the kept copy of the URL. */
    void startQuickly() {
        if (settings.fromFile()) {
            refresh();
        } else if (settings.fromUrl() && Files.isRegularFile(cache())) {
            take(readFile(cache(), settings.url() + " (copy kept on " + cache() + ")"), "read the copy kept on disk");
        }
    }

    public PlacesData current() {
        return current.get();
    }

    public Refresh lastRefresh() {
        return lastRefresh.get();
    }

    /** Reads the file, or downloads the URL, again (nothing to do with the packaged sample). */
    public synchronized void refresh() {
        if (settings.fromFile()) {
            take(readFile(Path.of(settings.file()), settings.file()), "read " + settings.file());
        } else if (settings.fromUrl()) {
            download();
        }
    }

    private void download() {
        Path downloaded = null;
        try {
            downloaded = new PlacesDownload(settings.url(), settings.timeout()).to(cache().toAbsolutePath().getParent());
            PlacesData data = readFile(downloaded, settings.url());
            if (!data.read().complete()) {
                failed("the download was cut inside a row; previous places kept");
            } else if (take(data, "downloaded " + settings.url())) {
                Files.move(downloaded, cache(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                downloaded = null;
            }
        } catch (IOException e) {
            failed("download failed (" + e.getMessage() + "); previous places kept");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed("download interrupted; previous places kept");
        } finally {
            deleteQuietly(downloaded);
        }
    }

    private boolean take(PlacesData data, String what) {
        if (data.places().isEmpty()) {
            failed(what + ": no valid row; previous places kept");
            return false;
        }
        current.set(data);
        lastRefresh.set(new Refresh(clock.instant(), true, what));
        LOG.info("places: {} ({} places, {} rows skipped)", what, data.places().size(), data.read().skipped().size());
        return true;
    }

    private void failed(String why) {
        lastRefresh.set(new Refresh(clock.instant(), false, why));
        LOG.warn("places: {}", why);
    }

    private PlacesData readFile(Path file, String source) {
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new PlacesData(source, false, PlacesFile.read(reader), clock.instant());
        } catch (IOException | RuntimeException e) {
            return new PlacesData(source, false, new PlacesRead(java.util.List.of(), 0,
                    java.util.List.of(new fr.aiguilleur.conversations.places.SkippedRow(0,
                            "cannot read the file: " + e.getClass().getSimpleName()))), clock.instant());
        }
    }

    private Path cache() {
        return Path.of(settings.cache());
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("could not delete {}", file);
            }
        }
    }

    /**
     * The last attempt to read the places again.
     *
     * @param at      when
     * @param ok      whether new places were taken
     * @param outcome what happened, for the operator
     */
    public record Refresh(Instant at, boolean ok, String outcome) {
    }
}
