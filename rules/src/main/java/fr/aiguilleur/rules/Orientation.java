package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Decision;

/**
 * Where one rule orients the person, with the reason. Several rules may agree on a visit for
 * different reasons; each gives its own fact.
 *
 * @param decision REDIRECT, BOOK_VISIT or REFER_TO_SERVICES
 * @param reason   plain French, addressed to the person
 * @param reasonEn the same in plain English
 */
public record Orientation(Decision decision, String reason, String reasonEn) {
}
