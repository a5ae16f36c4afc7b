package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks raw answers (from a scenario file, the HTTP API) against one questionnaire. */
final class AnswerChecker {

    private static final Texts FRENCH = Texts.of(Texts.FRENCH);

    private final Questionnaire questionnaire;
    private final List<AnswerProblem> problems = new ArrayList<>();

    AnswerChecker(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    AnswerCheck check(Map<String, ?> raw) {
        var accepted = new LinkedHashMap<String, List<String>>();
        raw.forEach((key, value) -> {
            var question = questionnaire.question(key).filter(Question::isDiagnostic);
            if (question.isEmpty()) {
                List<String> ids = questionnaire.diagnosticQuestions().stream().map(Question::id).toList();
                problem(key, "check.unknown-question", ids, key);
            } else {
                List<String> values = accept(question.get(), value);
                if (values != null) {
                    accepted.put(key, values);
                }
            }
        });
        return new AnswerCheck(questionnaire.kept(new Answers(accepted)), problems);
    }

    private List<String> accept(Question question, Object value) {
        List<String> values = RawValues.strings(value);
        String key = question.id();
        if (values == null || values.isEmpty()) {
            problem(key, "check.missing-value", question.choices(), key);
            return null;
        }
        return switch (question.kind()) {
            case TYPED -> acceptTyped(question, value, values);
            case MULTI -> acceptMulti(question, values);
            case SINGLE, SLOTS -> acceptSingle(question, value, values);
        };
    }

    private List<String> acceptTyped(Question question, Object value, List<String> values) {
        var typed = value instanceof List<?> || values.size() != 1 ? null
                : question.validation().accept(values.get(0)).orElse(null);
        if (typed == null) {
            problem(question.id(), "check.typed." + question.validation().name().toLowerCase(), List.of(), question.id());
            return null;
        }
        return List.of(typed);
    }

    private List<String> acceptSingle(Question question, Object value, List<String> values) {
        if (value instanceof List<?>) {
            problem(question.id(), "check.list-for-single", question.choices(), question.id());
            return null;
        }
        return known(question, values) ? values : null;
    }

    private List<String> acceptMulti(Question question, List<String> values) {
        if (!known(question, values)) {
            return null;
        }
        if (new HashSet<>(values).size() != values.size()) {
            problem(question.id(), "check.repeated-option", question.choices(), question.id());
            return null;
        }
        var exclusive = values.stream()
                .filter(id -> question.option(id).map(Option::exclusive).orElse(false))
                .findFirst();
        if (exclusive.isPresent() && values.size() > 1) {
            problem(question.id(), "check.exclusive-combined", question.choices(), question.id(), exclusive.get());
            return null;
        }
        return values;
    }

    private boolean known(Question question, List<String> values) {
        for (String value : values) {
            if (!question.choices().contains(value)) {
                problem(question.id(), "check.unknown-option", question.choices(), question.id(), value,
                        String.join(", ", question.choices()));
                return false;
            }
        }
        return true;
    }

    private void problem(String key, String textKey, List<String> validChoices, Object... arguments) {
        problems.add(new AnswerProblem(key, FRENCH.get(textKey, arguments), validChoices));
    }
}
