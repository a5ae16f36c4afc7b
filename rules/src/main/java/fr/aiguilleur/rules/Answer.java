package fr.aiguilleur.rules;

/**
 * One option chosen for one question: a multi-choice answer gives one fact per option, a typed answer
 * (the postcode) one fact holding the text. A skipped question gives none.
 *
 * @param question the question id (questionnaire-v1)
 * @param option   the option id chosen, or the typed text
 */
public record Answer(String question, String option) {
}
