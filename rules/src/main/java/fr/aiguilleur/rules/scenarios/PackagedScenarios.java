package fr.aiguilleur.rules.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

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
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> paths = Files.list(Path.of(url.toURI()))) {
                return paths.map(path -> path.getFileName().toString()).filter(PackagedScenarios::isScenarioFile).toList();
            } catch (URISyntaxException e) {
                throw new IOException("unreadable class-path folder " + url, e);
            }
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                return file.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(FOLDER) && name.indexOf('/', FOLDER.length()) < 0)
                        .map(name -> name.substring(FOLDER.length()))
                        .filter(PackagedScenarios::isScenarioFile)
                        .toList();
            }
        }
        throw new IOException("cannot list scenario files at " + url);
    }

    private static boolean isScenarioFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
