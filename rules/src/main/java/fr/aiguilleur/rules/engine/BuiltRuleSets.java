package fr.aiguilleur.rules.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The last rule sets built, by source and content hash, the least recently used forgotten first. */
final class BuiltRuleSets {

    private final Map<String, RuleSet> bySourceAndVersion;

    BuiltRuleSets(int capacity) {
        this.bySourceAndVersion = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<RuleSet> find(RuleFiles files) {
        return Optional.ofNullable(bySourceAndVersion.get(key(files)));
    }

    synchronized void remember(RuleFiles files, RuleSet rules) {
        bySourceAndVersion.put(key(files), rules);
    }

    private static String key(RuleFiles files) {
        return files.source() + "\n" + files.version();
    }
}
