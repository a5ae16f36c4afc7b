package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.questionnaire.Option;
import fr.aiguilleur.conversations.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Taps on a multi-choice question: each tap ticks or unticks an option and shows the question again;
 * an exclusive option clears the others; "C'est tout" ends it once something is ticked.
 */
final class MultiChoice {

    private MultiChoice() {
    }

    static void tap(Exchange exchange, Question question, String optionId, Progress progress) {
        State state = exchange.state;
        if (Question.DONE.equals(optionId)) {
            if (state.selection.isEmpty()) {
                exchange.showCurrent(exchange.text("reask.multi-empty"));
            } else {
                progress.answered(exchange, question, inQuestionOrder(question, state.selection));
            }
            return;
        }
        state.selection = toggled(question, state.selection, optionId);
        exchange.showCurrent(null);
    }

    private static List<String> toggled(Question question, List<String> selection, String optionId) {
        if (selection.contains(optionId)) {
            return selection.stream().filter(id -> !id.equals(optionId)).toList();
        }
        boolean exclusive = question.option(optionId).map(Option::exclusive).orElse(false);
        if (exclusive) {
            return List.of(optionId);
        }
        var kept = new ArrayList<String>();
        for (String id : selection) {
            if (!question.option(id).map(Option::exclusive).orElse(false)) {
                kept.add(id);
            }
        }
        kept.add(optionId);
        return kept;
    }

    private static List<String> inQuestionOrder(Question question, List<String> selection) {
        return question.choices().stream().filter(selection::contains).toList();
    }
}
