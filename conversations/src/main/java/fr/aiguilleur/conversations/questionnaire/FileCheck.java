package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.questionnaire.QuestionnaireFile.QuestionEntry;
import fr.aiguilleur.conversations.yaml.YamlLines;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a whole questionnaire file (ids, order, skip conditions, fixed ids) and builds it. */
final class FileCheck {

    private static final Pattern VERSION = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");

    private final QuestionnaireFile file;
    private final YamlProblems problems;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, Question> byId = new HashMap<>();

    FileCheck(QuestionnaireFile file, YamlLines lines, String source) {
        this.file = file;
        this.problems = new YamlProblems(source, lines);
    }

    Questionnaire questionnaire() {
        if (file.version() == null || !VERSION.matcher(file.version()).matches()) {
            problems.at("/version", "the version is missing or malformed (for example: version: v1)");
        }
        List<QuestionEntry> entries = file.questions() == null ? List.of() : file.questions();
        if (entries.isEmpty()) {
            problems.at("/questions", "the questionnaire has no questions");
        }
        var questions = new ArrayList<Question>();
        for (int i = 0; i < entries.size(); i++) {
            Question question = entries.get(i) == null ? null
                    : new QuestionCheck(entries.get(i), "/questions/" + i, problems).question();
            if (question != null && indexById.putIfAbsent(question.id(), i) != null) {
                problems.at("/questions/" + i, "question id '" + question.id() + "' appears twice");
            }
            if (question != null) {
                questions.add(question);
                byId.putIfAbsent(question.id(), question);
            }
        }
        problems.throwIfAny(InvalidQuestionnaire::new);
        checkOrder(questions);
        questions.forEach(this::checkSkip);
        checkFixedIds(questions);
        problems.throwIfAny(InvalidQuestionnaire::new);
        return new Questionnaire(file.version(), questions);
    }

    private void checkOrder(List<Question> questions) {
        if (questions.get(0).stage() != Question.Stage.CONSENT) {
            problems.at("/questions/0", "the first question must be the consent (stage: consent)");
        }
        for (int i = 1; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question.stage() == Question.Stage.CONSENT
                    || question.stage().ordinal() < questions.get(i - 1).stage().ordinal()) {
                problems.at(pointer(question), "question '" + question.id() + "' is out of order: consent first, "
                        + "then the diagnostic questions, then the result and booking steps");
            }
        }
        if (questions.stream().noneMatch(Question::isDiagnostic)) {
            problems.at("/questions", "the questionnaire has no diagnostic questions");
        }
    }

    private void checkSkip(Question question) {
        SkipCondition skip = question.skipIf();
        if (skip == null) {
            return;
        }
        String at = pointer(question) + "/skip_if";
        Integer target = skip.question() == null ? null : indexById.get(skip.question());
        if (target == null || target >= indexById.get(question.id())) {
            problems.at(at, "question '" + question.id() + "' is skipped on '" + skip.question()
                    + "', which is not an earlier question");
            return;
        }
        Question earlier = question(skip.question());
        if (skip.answer().isEmpty()) {
            problems.at(at, "the skip condition of '" + question.id() + "' names no option");
        }
        for (String option : skip.answer()) {
            if (earlier.option(option).isEmpty()) {
                problems.at(at, "the skip condition of '" + question.id() + "' names option '" + option
                        + "', which question '" + earlier.id() + "' does not have");
            }
        }
    }

    private void checkFixedIds(List<Question> questions) {
        FixedIds.REQUIRED.forEach((id, options) -> {
            if (!indexById.containsKey(id)) {
                problems.at("/questions", "the dialogue needs a question '" + id + "'");
                return;
            }
            Question question = question(id);
            options.stream().filter(option -> question.option(option).isEmpty()).forEach(option -> problems.at(
                    pointer(question), "question '" + id + "' needs an option '" + option + "'"));
        });
    }

    private Question question(String id) {
        return byId.get(id);
    }

    private String pointer(Question question) {
        return "/questions/" + indexById.get(question.id());
    }
}
