package fr.aiguilleur.rules.engine;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Builds rule files into a {@link RuleSet} with Drools' executable model, at run time. Each build
 * gets its own module id, removed from Drools' shared repository once built, so builds running at
 * the same time never mix. The last few rule sets built are remembered by source and content hash:
 * building the same files again (an author undoing a change, a test suite) takes no time.
 */
public final class RuleCompiler {

    private static final String GROUP = "fr.aiguilleur.rules.runtime";
    private static final String FOLDER = "src/main/resources/" + PackagedRuleFiles.FOLDER;
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final BuiltRuleSets BUILT = new BuiltRuleSets(8);

    private final Clock clock;
    private final boolean remember;

    public RuleCompiler() {
        this(Clock.systemUTC(), true);
    }

    private RuleCompiler(Clock clock, boolean remember) {
        this.clock = clock;
        this.remember = remember;
    }

    /** A compiler that always builds, for measuring how long a build takes. */
    public static RuleCompiler alwaysBuilding() {
        return new RuleCompiler(Clock.systemUTC(), false);
    }

    /** Builds the files; never throws for a problem in the files, which are reported instead. */
    public Compilation compile(RuleFiles files) {
        if (remember) {
            var known = BUILT.find(files);
            if (known.isPresent()) {
                return new Compilation(known.get(), List.of());
            }
        }
        Compilation compilation = build(files);
        if (remember && compilation.ok()) {
            BUILT.remember(files, compilation.orThrow());
        }
        return compilation;
    }

    private Compilation build(RuleFiles files) {
        if (files.files().isEmpty()) {
            return failed(new RuleProblem(null, 0, null, "there is no rule file (*.drl, *.drl.csv, *.drl.xlsx) in "
                    + files.source()));
        }
        KieServices kie = KieServices.Factory.get();
        ReleaseId id = kie.newReleaseId(GROUP, "rules-" + files.version() + "-" + BUILDS.incrementAndGet(), "1.0.0");
        try {
            return build(kie, id, files);
        } catch (RuntimeException e) {
            return failed(new RuleProblem(null, 0, null, "the rules cannot be read: " + e.getMessage()));
        } finally {
            kie.getRepository().removeKieModule(id);
        }
    }

    private Compilation build(KieServices kie, ReleaseId id, RuleFiles files) {
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(id);
        files.files().forEach(file -> fileSystem.write(FOLDER + file.name(), file.content()));
        KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            return new Compilation(null, new ProblemLocator(files).locate(errors));
        }
        KieBase base = kie.newKieContainer(id).getKieBase();
        List<RuleProblem> phaseProblems = PhaseCheck.check(base, files);
        if (!phaseProblems.isEmpty()) {
            return new Compilation(null, phaseProblems);
        }
        return new Compilation(new RuleSet(base, files, clock.instant()), List.of());
    }

    private static Compilation failed(RuleProblem problem) {
        return new Compilation(null, List.of(problem));
    }
}
