package fr.aiguilleur.conversations.questionnaire;

import fr.aiguilleur.conversations.diagnosis.Answers;
import java.util.List;
import java.util.Set;

/**
 * When a question is not asked: the answer to an earlier question is exactly these options
 * (headcount = [solo], presence = [nowhere]).
 */
public record SkipCondition(String question, List<String> answer) {

    public SkipCondition {
        answer = List.copyOf(answer);
    }

    public boolean appliesTo(Answers answers) {
        List<String> given = answers.get(question);
        return !given.isEmpty() && Set.copyOf(given).equals(Set.copyOf(answer));
    }
}
