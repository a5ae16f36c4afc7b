package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Decision;

/**
 * Where one rule orients the person, with the reason. Several rules may agree on a visit for
 * different reasons; each gives its own fact.
 *
 * @param decision REDIRECT, BOOK_VISIT or REFER_TO_SERVICES
 * @param reason   plain French, addressed to the person
 */
public record Orientation(Decision decision, String reason) {
}
