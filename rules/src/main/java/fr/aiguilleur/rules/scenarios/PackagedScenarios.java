package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.rules.engine.ClassPathFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The scenario files shipped with the rules (rules/scenarios, on the class path under
 * {@code fr/aiguilleur/rules/scenarios/}), whether the classes are a folder or a jar.
 */
public final class PackagedScenarios {

    static final String FOLDER = "fr/aiguilleur/rules/scenarios/";

    private PackagedScenarios() {
    }

    /** Every packaged scenario file, in name order. */
    public static List<ScenarioSuite> read() {
        ClassLoader loader = PackagedScenarios.class.getClassLoader();
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(FOLDER))) {
                names.addAll(names(url));
            }
            List<ScenarioSuite> suites = new ArrayList<>();
            for (String name : names) {
                try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
                    suites.add(ScenarioSuite.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
                }
            }
            return suites;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged scenarios", e);
        }
    }

    private static List<String> names(URL url) throws IOException {
        return ClassPathFolder.names(url, FOLDER, PackagedScenarios::isScenarioFile);
    }

    private static boolean isScenarioFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
