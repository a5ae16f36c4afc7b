package fr.aiguilleur.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rule files shipped on the class path, whether the classes are a folder (tests, IDE) or a
 * jar (the command-line jar, the bot's nested jar).
 */
final class PackagedRuleFiles {

    static final String FOLDER = "fr/aiguilleur/rules/";

    private PackagedRuleFiles() {
    }

    static List<RuleFile> read() {
        ClassLoader loader = PackagedRuleFiles.class.getClassLoader();
        Map<String, RuleFile> byName = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(FOLDER))) {
                for (String name : names(url)) {
                    byName.putIfAbsent(name, new RuleFile(name, bytes(loader, name)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged rule files", e);
        }
        if (byName.isEmpty()) {
            throw new IllegalStateException("no rule file found on the class path under " + FOLDER);
        }
        return List.copyOf(byName.values());
    }

    private static List<String> names(URL url) throws IOException {
        return ClassPathFolder.names(url, FOLDER, RuleFile::isRuleFile);
    }

    private static byte[] bytes(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IOException("the packaged rule file " + name + " cannot be read");
            }
            return in.readAllBytes();
        }
    }
}
