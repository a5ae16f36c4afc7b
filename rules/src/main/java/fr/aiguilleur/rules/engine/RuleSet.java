package fr.aiguilleur.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import org.kie.api.KieBase;

/**
 * Rule files built and ready to run. Immutable and safe to share between threads: each run takes a
 * {@link SoloSession} (a copy of the rule base with its session) that no other run uses meanwhile,
 * and gives it back emptied; a copy is built when every one is in use, so there are as many as
 * runs ever happened at once.
 */
public final class RuleSet {

    /** Beyond this many rule firings in one diagnosis, the rules are taken to be looping. */
    static final int MOST_FIRINGS = 10_000;
    /** Sessions kept for later runs at most; more, after a burst, are left to the garbage collector. */
    private static final int MOST_IDLE = 4 * Runtime.getRuntime().availableProcessors();

    private final KieBase base;
    private final Supplier<KieBase> copies;
    private final ConcurrentLinkedDeque<SoloSession> idle = new ConcurrentLinkedDeque<>();
    private final String version;
    private final String source;
    private final Instant builtAt;
    private final List<String> files;

    /**
     * @param base   the rule base, read for its rules and run by the first session
     * @param copies builds another rule base from the same rules, for each further session
     */
    RuleSet(KieBase base, Supplier<KieBase> copies, RuleFiles files, Instant builtAt) {
        this.base = Objects.requireNonNull(base, "base");
        this.copies = Objects.requireNonNull(copies, "copies");
        this.idle.add(new SoloSession(base));
        this.version = files.version();
        this.source = files.source();
        this.builtAt = builtAt;
        this.files = files.files().stream().map(RuleFile::name).toList();
    }

    /** The content hash of the rule files (12 hexadecimal digits). */
    public String version() {
        return version;
    }

    /** "packaged", or the folder the rules were read from. */
    public String source() {
        return source;
    }

    /** When the files were built (a rule set built earlier may be reused: see {@link RuleCompiler}). */
    public Instant builtAt() {
        return builtAt;
    }

    public List<String> files() {
        return files;
    }

    /** The names of the rules, by package then name. */
    public List<String> ruleNames() {
        return base.getKiePackages().stream().flatMap(pkg -> pkg.getRules().stream())
                .map(org.kie.api.definition.rule.Rule::getName).sorted().toList();
    }

    public int ruleCount() {
        return base.getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum();
    }

    /**
     * Runs the rules, phase after phase, on these facts.
     *
     * @throws IllegalStateException when the rules keep firing (a rule that triggers itself)
     */
    public Findings run(List<?> facts) {
        SoloSession session = idle.pollFirst();
        if (session == null) {
            session = new SoloSession(copies.get());
        }
        Findings findings = session.run(facts); // a session that failed is not given back
        if (idle.size() < MOST_IDLE) {
            idle.offerFirst(session);
        }
        return findings;
    }

    @Override
    public String toString() {
        return "rules " + version + " (" + source + ")";
    }
}
