package fr.aiguilleur.rules.live;

import fr.aiguilleur.rules.engine.RuleFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Looks at a folder of rule files every {@code tick} and, when their content has changed and then
 * stayed the same for {@code quiet} (an editor saving several files, or a file written in several
 * steps), hands the new files over once. Comparing content rather than file dates makes it work on
 * any file system, and ignores a save that changes nothing.
 */
final class FolderWatch implements AutoCloseable {

    private final Path folder;
    private final Duration tick;
    private final Duration quiet;
    private final Consumer<RuleFiles> onChange;
    private final Consumer<UncheckedIOException> onUnreadable;
    private final ScheduledExecutorService scheduler;
    private String handled;
    private String pending;
    private long pendingSince;

    FolderWatch(Path folder, String current, Duration tick, Duration quiet, Consumer<RuleFiles> onChange,
                Consumer<UncheckedIOException> onUnreadable) {
        this.folder = folder;
        this.handled = current;
        this.tick = tick;
        this.quiet = quiet;
        this.onChange = onChange;
        this.onUnreadable = onUnreadable;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "aiguilleur-rules-watch");
            thread.setDaemon(true);
            return thread;
        });
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::look, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void look() {
        RuleFiles files;
        try {
            files = RuleFiles.folder(folder);
        } catch (UncheckedIOException unreadable) {
            settle("unreadable", () -> onUnreadable.accept(unreadable));
            return;
        }
        settle(files.version(), () -> onChange.accept(files));
    }

    private void settle(String version, Runnable action) {
        long now = System.nanoTime();
        if (Objects.equals(version, handled)) {
            pending = null;
        } else if (!version.equals(pending)) {
            pending = version;
            pendingSince = now;
        } else if (now - pendingSince >= quiet.toNanos()) {
            handled = version;
            pending = null;
            try {
                action.run();
            } catch (RuntimeException e) {
                System.getLogger(FolderWatch.class.getName()).log(System.Logger.Level.ERROR, "cannot load rules", e);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
