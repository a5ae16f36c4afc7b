package fr.aiguilleur.rules.engine;

import fr.aiguilleur.rules.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Rule files built and ready to run. Immutable and safe to share between threads: each run gets its
 * own session, taken from a pool of sessions that are emptied when given back (cheaper than
 * creating one per run, and as clean).
 */
public final class RuleSet {

    /** Beyond this many rule firings in one diagnosis, the rules are taken to be looping. */
    static final int MOST_FIRINGS = 10_000;

    private final KieBase base;
    private final KieSessionsPool sessions;
    private final String version;
    private final String source;
    private final Instant builtAt;
    private final List<String> files;

    RuleSet(KieBase base, RuleFiles files, Instant builtAt) {
        this.base = Objects.requireNonNull(base, "base");
        this.sessions = base.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
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

    public int ruleCount() {
        return base.getKiePackages().stream().mapToInt(pkg -> pkg.getRules().size()).sum();
    }

    /**
     * Runs the rules, phase after phase, on these facts.
     *
     * @throws IllegalStateException when the rules keep firing (a rule that triggers itself)
     */
    public Findings run(List<?> facts) {
        Findings findings = new Findings();
        FindingsRecorder recorder = new FindingsRecorder(findings);
        KieSession session = sessions.newKieSession();
        try {
            facts.forEach(session::insert);
            session.addEventListener(recorder); // after the answers: only what rules insert is heard
            List<Phase> phases = List.of(Phase.values());
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i).group()).setFocus();
            }
            if (session.fireAllRules(MOST_FIRINGS) >= MOST_FIRINGS) {
                throw new IllegalStateException("the rules fired " + MOST_FIRINGS + " times without ending: check rule \""
                        + findings.lastRule() + "\" and the rules it triggers");
            }
            return findings;
        } finally {
            session.removeEventListener(recorder);
            session.dispose();
        }
    }

    @Override
    public String toString() {
        return "rules " + version + " (" + source + ")";
    }
}
