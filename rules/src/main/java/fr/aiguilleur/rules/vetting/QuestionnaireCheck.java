package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.engine.RuleProblem;
import fr.aiguilleur.rules.engine.WrittenRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every {@code Answer(…)} a rule names against the questionnaire: the fields exist, the
 * question and option ids exist, and a rule does not ask one single-choice question for two
 * different answers at once (it could never match).
 */
final class QuestionnaireCheck {

    private static final Set<String> FIELDS = Set.of("question", "option");

    private QuestionnaireCheck() {
    }

    static List<RuleProblem> check(List<WrittenRule> rules, Questionnaire questionnaire, Texts texts) {
        List<RuleProblem> problems = new ArrayList<>();
        for (WrittenRule rule : rules) {
            Map<String, Set<String>> required = new HashMap<>();
            for (WrittenRule.Line line : rule.lines()) {
                for (AnswerPattern pattern : AnswerPattern.on(line.text(), line.number())) {
                    problems.addAll(check(rule, pattern, questionnaire, texts));
                    if (pattern.positive() && pattern.question() != null && !pattern.options().isEmpty()) {
                        problems.addAll(together(rule, pattern, required, questionnaire, texts));
                    }
                }
            }
        }
        return problems;
    }

    private static List<RuleProblem> check(WrittenRule rule, AnswerPattern pattern, Questionnaire questionnaire,
            Texts texts) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String field : pattern.fields()) {
            if (!FIELDS.contains(field)) {
                problems.add(rule.problem(pattern.line(), texts.get("rules.check.answer.field", field)));
            }
        }
        if (pattern.question() == null) {
            return problems;
        }
        Optional<Question> question = questionnaire.question(pattern.question());
        String never = pattern.positive() ? texts.get("rules.check.never") : "";
        if (question.isEmpty()) {
            problems.add(rule.problem(pattern.line(), texts.get("rules.check.no-question",
                    pattern.question(), questionnaire.version(), never,
                    String.join(", ", questionnaire.questions().stream().map(Question::id).toList()))));
            return problems;
        }
        if (question.get().isTyped()) {
            return problems;
        }
        for (String option : pattern.options()) {
            if (question.get().option(option).isEmpty()) {
                problems.add(rule.problem(pattern.line(), texts.get("rules.check.no-option",
                        pattern.question(), option, never, String.join(", ", question.get().choices()))));
            }
        }
        return problems;
    }

    /** Two patterns that must both hold on a single-choice question need an option in common. */
    private static List<RuleProblem> together(WrittenRule rule, AnswerPattern pattern, Map<String, Set<String>> required,
            Questionnaire questionnaire, Texts texts) {
        boolean single = questionnaire.question(pattern.question()).map(q -> !q.isMulti() && !q.isTyped()).orElse(false);
        Set<String> before = required.get(pattern.question());
        if (!single || before == null) {
            required.put(pattern.question(), new java.util.LinkedHashSet<>(pattern.options()));
            return List.of();
        }
        Set<String> common = new java.util.LinkedHashSet<>(before);
        common.retainAll(pattern.options());
        if (common.isEmpty()) {
            return List.of(rule.problem(pattern.line(), texts.get("rules.check.contradiction",
                    pattern.question(), String.join(texts.get("rules.check.or"), before),
                    String.join(texts.get("rules.check.or"), pattern.options()))));
        }
        required.put(pattern.question(), common);
        return List.of();
    }
}
