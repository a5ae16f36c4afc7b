package fr.aiguilleur.rules;

/**
 * How far places are looked for; the widest reach a rule set is the one used (rules widen it when
 * nothing is near).
 *
 * @param km     kilometres from the person's commune
 * @param reason why, in plain French
 */
public record PlaceReach(int km, String reason) {
}
