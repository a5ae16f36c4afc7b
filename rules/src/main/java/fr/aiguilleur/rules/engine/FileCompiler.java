package fr.aiguilleur.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles one rule file on its own with Drools' executable model. A file that does not compile on
 * its own (an error, or something it uses from another file) gives nothing: the whole set is then
 * built together, which is what reports problems.
 */
final class FileCompiler {

    private static final String GROUP = "fr.aiguilleur.rules.file";
    private static final String FOLDER = "src/main/resources/" + PackagedRuleFiles.FOLDER;
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Where Drools puts the description of the module, which loading a file's rules does not need. */
    private static final String PROJECT_MODEL = "org/drools/project/";

    private FileCompiler() {
    }

    static Optional<CompiledFile> compile(RuleFile file) {
        KieServices kie = KieServices.Factory.get();
        ReleaseId id = kie.newReleaseId(GROUP, "file-" + BUILDS.incrementAndGet(), "1.0.0");
        try {
            KieFileSystem fileSystem = kie.newKieFileSystem();
            fileSystem.generateAndWritePomXML(id);
            fileSystem.write(FOLDER + file.name(), file.content());
            KieBuilder builder = kie.newKieBuilder(fileSystem).buildAll(ExecutableModelProject.class);
            if (builder.getResults().hasMessages(Message.Level.ERROR)
                    || !(builder.getKieModule() instanceof CanonicalKieModule module)) {
                return Optional.empty();
            }
            return Optional.of(new CompiledFile(file.name(), CompiledFile.hashOf(file), modelClasses(module, id),
                    classes(module)));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        } finally {
            kie.getRepository().removeKieModule(id);
        }
    }

    private static List<String> modelClasses(CanonicalKieModule module, ReleaseId id) {
        String listing = new String(module.getBytes(CanonicalKieModule.getModelFileWithGAV(id)), StandardCharsets.UTF_8);
        return listing.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith(CanonicalKieModule.MODEL_VERSION))
                .toList();
    }

    private static Map<String, byte[]> classes(CanonicalKieModule module) {
        Map<String, byte[]> classes = new HashMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && !name.startsWith(PROJECT_MODEL)) {
                classes.put(name, module.getBytes(name));
            }
        }
        return classes;
    }
}
