package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.diagnosis.Answers;
import java.util.List;

/**
 * The result of checking raw answers: the answers kept (skipped questions dropped) and the problems
 * found.
 */
public record AnswerCheck(Answers answers, List<AnswerProblem> problems) {

    public AnswerCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
