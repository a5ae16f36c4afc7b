package fr.aiguilleur.rules.live;

import fr.aiguilleur.rules.engine.Compilation;
import fr.aiguilleur.rules.engine.RuleCompiler;
import fr.aiguilleur.rules.engine.RuleFiles;
import fr.aiguilleur.rules.engine.RuleProblem;
import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.vetting.Vetting;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rule set in use, swapped atomically when the watched folder's rules change and pass the
 * {@link Vetting} (checks, build, canary run of the packaged scenarios); rules that do not never
 * replace working ones, their problems are kept in {@link #status()}.
 * When the folder's rules do not build at start, the packaged rules serve until they do.
 *
 * <p>Usage: {@code LiveRules rules = LiveRules.watching(folder); rules.start(); … rules.close();}
 * and give {@code rules} (a {@code Supplier<RuleSet>}) to the {@code DroolsDiagnostician}.
 */
public final class LiveRules implements Supplier<RuleSet>, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LiveRules.class.getName());
    /** Events from the file system, quiet for 50 ms, say a save is finished; looks every 100 ms catch the rest. */
    static final FolderWatch.Timing TIMING = new FolderWatch.Timing(Duration.ofMillis(100), Duration.ofMillis(300),
            Duration.ofMillis(50));

    private final Function<RuleFiles, Compilation> vetting;
    private final Clock clock;
    private final Path folder;
    private final AtomicReference<RuleSet> active = new AtomicReference<>();
    private final AtomicReference<RulesStatus> status = new AtomicReference<>();
    private final Object loading = new Object();
    private final AtomicLong reloads = new AtomicLong();
    private final AtomicLong failedReloads = new AtomicLong();
    private FolderWatch watch;

    private LiveRules(Function<RuleFiles, Compilation> vetting, Clock clock, Path folder) {
        this.vetting = vetting;
        this.clock = clock;
        this.folder = folder;
    }

    /** The packaged rules, never reloaded. @throws IllegalStateException when they do not build */
    public static LiveRules packaged() {
        LiveRules rules = new LiveRules(new RuleCompiler()::compile, Clock.systemUTC(), null);
        rules.use(rules.vetting.apply(RuleFiles.packaged()).orThrow(), List.of(), null);
        return rules;
    }

    /**
     * The rules of a folder (or the packaged ones while the folder's are not good); call
     * {@link #start()}. The folder's rules are used only once they pass the {@link Vetting}: checks,
     * build, and a canary run of every packaged scenario.
     */
    public static LiveRules watching(Path folder) {
        return watching(folder, Vetting.packaged()::vet, () -> new RuleCompiler().compile(RuleFiles.packaged()).orThrow());
    }

    static LiveRules watching(Path folder, RuleCompiler compiler, Supplier<RuleSet> fallback) {
        return watching(folder, compiler::compile, fallback);
    }

    static LiveRules watching(Path folder, Function<RuleFiles, Compilation> vetting, Supplier<RuleSet> fallback) {
        LiveRules rules = new LiveRules(vetting, Clock.systemUTC(), Objects.requireNonNull(folder, "folder"));
        if (!rules.reload()) {
            rules.use(fallback.get(), rules.status.get().problems(), rules.status.get().lastAttemptAt());
        }
        return rules;
    }

    /** Starts watching the folder in the background (nothing to do for packaged rules). */
    public synchronized void start() {
        if (folder != null && watch == null) {
            String current = status.get().problems().isEmpty() ? active.get().version() : null;
            watch = new FolderWatch(folder, current, TIMING, this::load, this::unreadable);
            watch.start();
        }
    }

    /** Builds the folder's rules now and uses them if they build; {@code true} when they do. */
    public boolean reload() {
        if (folder == null) {
            return false;
        }
        try {
            return load(RuleFiles.folder(folder));
        } catch (UncheckedIOException e) {
            unreadable(e);
            return false;
        }
    }

    /** The rule set in use. */
    @Override
    public RuleSet get() {
        return active.get();
    }

    public RulesStatus status() {
        return status.get();
    }

    /** How many loads of the watched folder put new rules in use (the first, at start, included). */
    public long reloads() {
        return reloads.get();
    }

    /** How many loads of the watched folder were refused (rules that do not build, folder unreadable). */
    public long failedReloads() {
        return failedReloads.get();
    }

    @Override
    public synchronized void close() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private boolean load(RuleFiles files) {
        synchronized (loading) {
            Compilation compilation = vetting.apply(files);
            if (compilation.ok()) {
                use(compilation.orThrow(), List.of(), clock.instant());
                reloads.incrementAndGet();
                LOG.log(System.Logger.Level.INFO, "rules {0} loaded from {1}", files.version(), files.source());
                return true;
            }
            keep(compilation.problems());
            failedReloads.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "rules from {0} not loaded: {1} problem(s); the rules in use stay {2}",
                    files.source(), compilation.problems().size(), active.get() == null ? "none" : active.get().version());
            return false;
        }
    }

    private void unreadable(UncheckedIOException e) {
        synchronized (loading) {
            LOG.log(System.Logger.Level.WARNING, "the rule folder cannot be read", e);
            keep(List.of(new RuleProblem(null, 0, null, e.getMessage().lines().findFirst().orElse("cannot read"))));
            failedReloads.incrementAndGet();
        }
    }

    private void use(RuleSet rules, List<RuleProblem> problems, Instant attempt) {
        active.set(rules);
        status.set(new RulesStatus(rules.version(), rules.source(), clock.instant(), problems, attempt, watched()));
    }

    private void keep(List<RuleProblem> problems) {
        RulesStatus current = status.get();
        status.set(current == null
                ? new RulesStatus(null, null, null, problems, clock.instant(), watched())
                : new RulesStatus(current.version(), current.source(), current.loadedAt(), problems, clock.instant(),
                        watched()));
    }

    private String watched() {
        return folder == null ? null : folder.toString();
    }
}
