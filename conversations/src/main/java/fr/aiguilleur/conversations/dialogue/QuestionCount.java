package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Numbers a diagnostic question among those that apply to the answers so far (skips left out). */
final class QuestionCount {

    private QuestionCount() {
    }

    /** Where the question stands, or {@code null} when it is not a diagnostic question on the way. */
    static QuestionNumber of(Questionnaire questionnaire, String questionId, Answers answers) {
        List<String> way = way(questionnaire, answers);
        int at = way.indexOf(questionId);
        return at < 0 ? null : new QuestionNumber(at + 1, way.size());
    }

    /** The ids of the diagnostic questions asked with these answers, in order. */
    static List<String> way(Questionnaire questionnaire, Answers answers) {
        var way = new ArrayList<String>();
        Optional<Question> next = questionnaire.nextQuestion(FixedIds.CONSENT, answers);
        while (next.isPresent() && way.size() <= questionnaire.questions().size()) {
            way.add(next.get().id());
            next = questionnaire.nextQuestion(next.get().id(), answers);
        }
        return way;
    }
}
