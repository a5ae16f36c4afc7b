package fr.aiguilleur.rules;

/**
 * How many needs reached each level, so that orientation rules can say "two needs or more are
 * high" without counting themselves.
 *
 * @param high         the number of needs at HIGH
 * @param mediumOrHigh the number of needs at MEDIUM or HIGH
 */
public record NeedProfile(int high, int mediumOrHigh) {
}
