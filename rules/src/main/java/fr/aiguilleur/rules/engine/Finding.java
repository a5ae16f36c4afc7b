package fr.aiguilleur.rules.engine;

/**
 * One fact a rule concluded (points, a score, an orientation, a service…) and the rule that did.
 *
 * @param rule the rule's name
 * @param fact the fact it inserted
 */
public record Finding(String rule, Object fact) {
}
