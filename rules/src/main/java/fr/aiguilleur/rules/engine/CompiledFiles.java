package fr.aiguilleur.rules.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.model.Model;

/**
 * The rules of single files, compiled and loaded, by file name and content: a reload compiles only
 * the files that changed. Looks in memory first, then among the packaged precompiled files, and
 * compiles only what neither has. The least recently used files are forgotten first.
 */
final class CompiledFiles {

    private final Map<String, List<Model>> byNameAndContent;

    CompiledFiles(int capacity) {
        this.byNameAndContent = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Model>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The file's rules, or nothing when the file does not compile on its own. */
    Optional<List<Model>> models(RuleFile file) {
        String key = CompiledFile.hashOf(file);
        synchronized (byNameAndContent) {
            List<Model> known = byNameAndContent.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<List<Model>> models = PrecompiledRules.find(file).or(() -> FileCompiler.compile(file))
                .map(CompiledFile::loadModels);
        models.ifPresent(loaded -> {
            synchronized (byNameAndContent) {
                byNameAndContent.put(key, loaded);
            }
        });
        return models;
    }

    /** Compiles the file now, whatever was compiled before (to measure a compilation). */
    static Optional<List<Model>> compile(RuleFile file) {
        return FileCompiler.compile(file).map(CompiledFile::loadModels);
    }
}
