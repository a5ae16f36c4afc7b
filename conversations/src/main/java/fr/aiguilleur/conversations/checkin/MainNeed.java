package fr.aiguilleur.conversations.checkin;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.Question;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import java.util.Map;
import java.util.Optional;

/**
 * The question to ask again, weeks later: of the one-tap diagnostic questions the person answered,
 * the one whose answer weighed most in their needs (the points their scores lose without it, as
 * the rules of the day count them). An answer without which the person would not be scored at all
 * (who they are, not what they need) is not one. Empty when no answer weighed.
 */
public final class MainNeed {

    private final Diagnostician diagnostician;

    public MainNeed(Diagnostician diagnostician) {
        this.diagnostician = diagnostician;
    }

    public Optional<String> of(CheckIn checkIn, Questionnaire questionnaire) {
        Answers first = new Answers(checkIn.answers());
        if (first.byQuestion().isEmpty()) {
            return Optional.empty();
        }
        Map<Axis, Integer> scores = diagnostician.diagnose(first).scores();
        String heaviest = null;
        int most = 0;
        for (Question question : questionnaire.diagnosticQuestions()) {
            if (question.kind() != Question.Kind.SINGLE || !first.answered(question.id())) {
                continue;
            }
            var without = diagnostician.diagnose(first.without(question.id()));
            if (without.scores().isEmpty()) {
                continue;
            }
            int weight = weight(scores, without.scores());
            if (weight > most) {
                most = weight;
                heaviest = question.id();
            }
        }
        return Optional.ofNullable(heaviest);
    }

    /** The points the scores lose without an answer. */
    private static int weight(Map<Axis, Integer> with, Map<Axis, Integer> without) {
        int lost = 0;
        for (var score : with.entrySet()) {
            lost += Math.max(0, score.getValue() - without.getOrDefault(score.getKey(), 0));
        }
        return lost;
    }
}
