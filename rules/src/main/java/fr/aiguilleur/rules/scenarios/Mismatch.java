package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.conversations.texts.Texts;

/**
 * One thing a scenario expected that did not come out, or an answer that does not fit the
 * questionnaire.
 *
 * @param what     what was checked ("decision", "scores.PRESENCE", "answer admin_online"…)
 * @param expected what the scenario expected (for an answer: the valid choices)
 * @param actual   what came out (for an answer: what is wrong with it)
 */
public record Mismatch(String what, String expected, String actual) {

    /** One line, in English. */
    public String describe() {
        return describe(Texts.of(Texts.ENGLISH));
    }

    /** One line, in the language of {@code texts}. */
    public String describe(Texts texts) {
        return texts.get("rules.scenario.mismatch", what, expected, actual);
    }
}
