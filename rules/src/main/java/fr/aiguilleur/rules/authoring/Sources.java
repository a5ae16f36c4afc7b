package fr.aiguilleur.rules.authoring;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the rules module's sources are, so that the command line works on the files an author
 * edits rather than on the copy packaged in its jar: the folder named by the system property
 * {@code aiguilleur.rules.module} (the wrapper script sets it), else {@code rules/} or {@code .}
 * from the current folder, else the module the jar was built in ({@code rules/target/…jar}).
 *
 * @param module the rules module's folder
 */
record Sources(Path module) {

    static final String PROPERTY = "aiguilleur.rules.module";
    private static final String RULES = "src/main/resources/fr/aiguilleur/rules";

    /** The sources, when they can be found. */
    static Optional<Sources> find() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of).ifPresent(candidates::add);
        candidates.add(Path.of("rules"));
        candidates.add(Path.of("."));
        jarModule().ifPresent(candidates::add);
        return candidates.stream().filter(module -> Files.isDirectory(module.resolve(RULES)))
                .findFirst().map(module -> new Sources(module.toAbsolutePath().normalize()));
    }

    Path rules() {
        return module.resolve(RULES);
    }

    Path scenarios() {
        return module.resolve("scenarios");
    }

    private static Optional<Path> jarModule() {
        try {
            var location = Sources.class.getProtectionDomain().getCodeSource();
            if (location == null) {
                return Optional.empty();
            }
            Path jar = Path.of(location.getLocation().toURI());
            return Optional.ofNullable(jar.getParent()).map(Path::getParent);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
