package fr.aiguilleur.rules.live;

import fr.aiguilleur.rules.engine.RuleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a folder of rule files and hands over its files once each time their content changes.
 * The file system tells of changes at once (inotify on Linux): once it has been quiet for
 * {@code settle} (an editor saving several files, a file written in several steps), the files are
 * read. The folder is also looked at every {@code tick}, for file systems that tell nothing: a change
 * seen that way is handed over once the content has stayed the same for {@code quiet}. Comparing
 * content rather than file dates ignores a save that changes nothing.
 */
final class FolderWatch implements AutoCloseable {

    private final Path folder;
    private final Duration tick;
    private final Duration quiet;
    private final Duration settle;
    private final Consumer<RuleFiles> onChange;
    private final Consumer<UncheckedIOException> onUnreadable;
    private final Thread thread;
    private final WatchService events;
    private volatile boolean closed;
    private WatchKey registration;
    private String handled;
    private String pending;
    private long pendingSince;
    private long lastEvent;
    private boolean eventsPending;

    FolderWatch(Path folder, String current, Timing timing, Consumer<RuleFiles> onChange,
                Consumer<UncheckedIOException> onUnreadable) {
        this.folder = folder;
        this.handled = current;
        this.tick = timing.tick();
        this.quiet = timing.quiet();
        this.settle = timing.settle();
        this.onChange = onChange;
        this.onUnreadable = onUnreadable;
        this.events = newWatchService();
        this.thread = new Thread(this::run, "aiguilleur-rules-watch");
        this.thread.setDaemon(true);
    }

    /** How quickly changes are noticed; see the class comment. */
    record Timing(Duration tick, Duration quiet, Duration settle) {
    }

    void start() {
        register();
        thread.start();
    }

    private void run() {
        long nextLook = System.nanoTime() + tick.toNanos();
        while (!closed) {
            long now = System.nanoTime();
            if (eventsPending && now - lastEvent >= settle.toNanos()) {
                eventsPending = false;
                look(true);
            } else if (now >= nextLook) {
                look(false);
                nextLook = now + tick.toNanos();
            }
            long wait = eventsPending ? Math.min(nextLook, lastEvent + settle.toNanos()) : nextLook;
            awaitEvents(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait - System.nanoTime())));
        }
    }

    private void awaitEvents(long millis) {
        try {
            WatchKey key = events == null ? sleep(millis) : events.poll(millis, TimeUnit.MILLISECONDS);
            for (; key != null; key = events.poll()) {
                key.pollEvents();
                key.reset();
                lastEvent = System.nanoTime();
                eventsPending = true;
            }
        } catch (InterruptedException | ClosedWatchServiceException stop) {
            closed = true;
        }
    }

    private static WatchKey sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return null;
    }

    private void look(boolean settled) {
        RuleFiles files;
        try {
            files = RuleFiles.folder(folder);
            register();
        } catch (UncheckedIOException unreadable) {
            hand("unreadable", settled, () -> onUnreadable.accept(unreadable));
            return;
        }
        hand(files.version(), settled, () -> onChange.accept(files));
    }

    /** Hands a version over: at once when the events have settled, else once it has stayed {@code quiet}. */
    private void hand(String version, boolean settled, Runnable action) {
        long now = System.nanoTime();
        if (Objects.equals(version, handled)) {
            pending = null;
        } else if (settled || version.equals(pending) && now - pendingSince >= quiet.toNanos()) {
            handled = version;
            pending = null;
            safely(action);
        } else if (!version.equals(pending)) {
            pending = version;
            pendingSince = now;
        }
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            System.getLogger(FolderWatch.class.getName()).log(System.Logger.Level.ERROR, "cannot load rules", e);
        }
    }

    /** Asks for the folder's events (again, when the folder was removed and is back). */
    private void register() {
        if (events != null && (registration == null || !registration.isValid())) {
            try {
                registration = folder.register(events, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            } catch (IOException | UnsupportedOperationException noEvents) {
                registration = null; // the looks every tick still see the changes
            }
        }
    }

    private static WatchService newWatchService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException | UnsupportedOperationException noEvents) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (events != null) {
            try {
                events.close();
            } catch (IOException ignored) {
                // closing: nothing more to watch
            }
        }
    }
}
