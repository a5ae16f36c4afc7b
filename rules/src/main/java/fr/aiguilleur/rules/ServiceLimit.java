package fr.aiguilleur.rules;

/**
 * The most services to show; when several rules set a limit, the smallest wins.
 *
 * @param most   how many services at most
 * @param reason why, in plain French
 */
public record ServiceLimit(int most, String reason) {
}
