package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.texts.Texts;

/**
 * Where a diagnostic question stands among those that apply to the person's answers so far.
 *
 * @param at    1 for the first question
 * @param total how many questions apply, counted after skips
 */
public record QuestionNumber(int at, int total) {

    /** "Question 5 sur 19", "Question 5 of 19". */
    public String label(String language) {
        return Texts.of(language).get("progress.question", at, total);
    }

    /** How far along, 0..100. */
    public int percent() {
        return total == 0 ? 0 : Math.round(100f * at / total);
    }
}
