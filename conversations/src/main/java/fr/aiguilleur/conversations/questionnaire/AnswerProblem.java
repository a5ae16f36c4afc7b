package fr.aiguilleur.conversations.questionnaire;

import java.util.List;

/**
 * One answer that does not fit the questionnaire.
 *
 * @param key          the question id given
 * @param message      plain French, naming the key and what is expected
 * @param validChoices the option ids allowed (or the question ids, for an unknown question)
 */
public record AnswerProblem(String key, String message, List<String> validChoices) {

    public AnswerProblem {
        validChoices = validChoices == null ? List.of() : List.copyOf(validChoices);
    }
}
