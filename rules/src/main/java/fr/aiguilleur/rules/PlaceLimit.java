package fr.aiguilleur.rules;

/**
 * The most places to show; when several rules set a limit, the smallest wins.
 *
 * @param most   how many places at most
 * @param reason why, in plain French
 */
public record PlaceLimit(int most, String reason) {
}
