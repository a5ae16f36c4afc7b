package fr.aiguilleur.conversations.places;

/**
 * A row of a places file that was not used.
 *
 * @param line   its line in the file (the header is line 1)
 * @param reason why, for the operator (English)
 */
public record SkippedRow(long line, String reason) {
}
