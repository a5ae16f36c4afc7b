package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Builds all the rule files together, as one Drools module: the reference build, used when some
 * file does not compile on its own (its problems are reported from here, with file, line and rule)
 * or when files share rule names. Each build gets its own module id, removed from Drools' shared
 * repository once built, so builds running at the same time never mix.
 */
final class WholeBuild {

    private static final String GROUP = "fr.aiguilleur.rules.runtime";
    private static final String FOLDER = "src/main/resources/" + PackagedRuleFiles.FOLDER;
    private static final AtomicLong BUILDS = new AtomicLong();

    private WholeBuild() {
    }

    static Compilation build(RuleFiles files, Instant now) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId id = kie.newReleaseId(GROUP, "rules-" + files.version() + "-" + BUILDS.incrementAndGet(), "1.0.0");
        try {
            return build(kie, id, files, now);
        } catch (RuntimeException e) {
            return RuleCompiler.failed(new RuleProblem(null, 0, null, Texts.of(Texts.ENGLISH).get("rules.build.unreadable", e.getMessage())));
        } finally {
            kie.getRepository().removeKieModule(id);
        }
    }

    private static Compilation build(KieServices kie, ReleaseId id, RuleFiles files, Instant now) {
        KieFileSystem fileSystem = kie.newKieFileSystem();
        fileSystem.generateAndWritePomXML(id);
        files.files().forEach(file -> fileSystem.write(FOLDER + file.name(), file.content()));
        KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            return new Compilation(null, new ProblemLocator(files).locate(errors));
        }
        KieContainer container = kie.newKieContainer(id);
        return RuleCompiler.checked(() -> container.newKieBase(kie.newKieBaseConfiguration()), files, now);
    }
}
