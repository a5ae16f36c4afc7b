package fr.aiguilleur.conversations.diagnosis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checked answers to the questionnaire: question id to the chosen option ids (one for a single
 * choice, several for a multi-choice, the typed text for a typed question). Questions skipped, or
 * that the questionnaire would have skipped, are absent.
 */
public record Answers(Map<String, List<String>> byQuestion) {

    public Answers {
        var copy = new LinkedHashMap<String, List<String>>();
        byQuestion.forEach((question, values) -> copy.put(question, List.copyOf(values)));
        byQuestion = java.util.Collections.unmodifiableMap(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** The options chosen for a question, empty when it was not answered. */
    public List<String> get(String question) {
        return byQuestion.getOrDefault(question, List.of());
    }

    /** The single option (or typed text) given to a question. */
    public Optional<String> single(String question) {
        var values = get(question);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Whether the question's answer is, or contains, this option. */
    public boolean has(String question, String option) {
        return get(question).contains(option);
    }

    public boolean answered(String question) {
        return byQuestion.containsKey(question);
    }

    /** A copy with one more (or a replaced) answer. */
    public Answers with(String question, List<String> values) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.put(question, values);
        return new Answers(copy);
    }

    /** A copy without the answer to this question. */
    public Answers without(String question) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.remove(question);
        return new Answers(copy);
    }
}
