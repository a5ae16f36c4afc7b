package fr.aiguilleur.conversations.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every questionnaire version the application knows. New conversations use the current one; a
 * conversation keeps the version it started on.
 */
public final class Questionnaires {

    private final Map<String, Questionnaire> byVersion = new LinkedHashMap<>();
    private final Questionnaire current;

    /** @param all the known versions, the current one last */
    public Questionnaires(List<Questionnaire> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("at least one questionnaire is needed");
        }
        for (Questionnaire questionnaire : all) {
            if (byVersion.putIfAbsent(questionnaire.version(), questionnaire) != null) {
                throw new IllegalArgumentException("questionnaire version " + questionnaire.version() + " appears twice");
            }
        }
        this.current = all.get(all.size() - 1);
    }

    /** The versions shipped in the jar. */
    public static Questionnaires packaged() {
        return new Questionnaires(List.of(Questionnaire.packaged()));
    }

    public Questionnaire current() {
        return current;
    }

    public Optional<Questionnaire> find(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    public List<Questionnaire> all() {
        return List.copyOf(byVersion.values());
    }
}
