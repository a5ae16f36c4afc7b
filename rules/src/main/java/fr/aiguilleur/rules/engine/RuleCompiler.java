package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.drools.model.Model;
import org.kie.api.KieBase;

/**
 * Builds rule files into a {@link RuleSet} with Drools' executable model. Each file is compiled on
 * its own and the rule set put together from the files' rules, so that a reload compiles only the
 * files that changed, and starting the service compiles nothing: the packaged files were compiled
 * at Maven build time ({@link PrecompiledRules}). When a file does not compile on its own, all the
 * files are built together ({@link WholeBuild}), which reports the problems. The last few rule sets
 * built are remembered by source and content hash: building the same files again (an author undoing
 * a change, a test suite) takes no time.
 */
public final class RuleCompiler {

    private static final BuiltRuleSets BUILT = new BuiltRuleSets(8);
    private static final CompiledFiles FILES = new CompiledFiles(64);

    private final Clock clock;
    private final boolean rememberRuleSets;
    private final boolean reuseFiles;

    public RuleCompiler() {
        this(Clock.systemUTC(), true, true);
    }

    private RuleCompiler(Clock clock, boolean rememberRuleSets, boolean reuseFiles) {
        this.clock = clock;
        this.rememberRuleSets = rememberRuleSets;
        this.reuseFiles = reuseFiles;
    }

    /**
     * A compiler that always puts the rule set together, as a reload does: files compiled before
     * (or packaged precompiled) are reused, changed files are compiled. For measuring.
     */
    public static RuleCompiler alwaysBuilding() {
        return new RuleCompiler(Clock.systemUTC(), false, true);
    }

    /** A compiler that compiles every file each time, reusing nothing. For measuring. */
    public static RuleCompiler fromSource() {
        return new RuleCompiler(Clock.systemUTC(), false, false);
    }

    /** Builds the files; never throws for a problem in the files, which are reported instead. */
    public Compilation compile(RuleFiles files) {
        if (rememberRuleSets) {
            var known = BUILT.find(files);
            if (known.isPresent()) {
                return new Compilation(known.get(), List.of());
            }
        }
        Compilation compilation = build(files);
        if (rememberRuleSets && compilation.ok()) {
            BUILT.remember(files, compilation.orThrow());
        }
        return compilation;
    }

    private Compilation build(RuleFiles files) {
        if (files.files().isEmpty()) {
            return failed(new RuleProblem(null, 0, null, Texts.of(Texts.ENGLISH).get("rules.build.no-file", files.source())));
        }
        List<Model> models = new ArrayList<>();
        for (RuleFile file : files.files()) {
            Optional<List<Model>> compiled = reuseFiles ? FILES.models(file) : CompiledFiles.compile(file);
            if (compiled.isEmpty()) {
                return WholeBuild.build(files, clock.instant());
            }
            models.addAll(compiled.get());
        }
        return ModelAssembly.assemble(models)
                .map(all -> checked(() -> ModelAssembly.ruleBase(all), files, clock.instant()))
                .orElseGet(() -> WholeBuild.build(files, clock.instant()));
    }

    /**
     * The rule set of the rules, unless a rule belongs to no phase.
     *
     * @param ruleBases builds a new rule base of the rules at each call: the first is checked, the
     *     others are the copies a {@link RuleSet} runs its further sessions on
     */
    static Compilation checked(Supplier<KieBase> ruleBases, RuleFiles files, Instant builtAt) {
        KieBase base = ruleBases.get();
        List<RuleProblem> phaseProblems = PhaseCheck.check(base, files);
        if (!phaseProblems.isEmpty()) {
            return new Compilation(null, phaseProblems);
        }
        return new Compilation(new RuleSet(base, ruleBases, files, builtAt), List.of());
    }

    static Compilation failed(RuleProblem problem) {
        return new Compilation(null, List.of(problem));
    }
}
