package fr.aiguilleur.rules;

/**
 * The most services to show; when several rules set a limit, the smallest wins.
 *
 * @param most   how many services at most
 * @param reason   why, in plain French
 * @param reasonEn the same in plain English
 */
public record ServiceLimit(int most, String reason, String reasonEn) {
}
