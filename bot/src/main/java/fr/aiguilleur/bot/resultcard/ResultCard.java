package fr.aiguilleur.bot.resultcard;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;

/**
 * A diagnosis as the person sees it: the four needs with their score (0–100) and level as bars,
 * the autonomy level, what happens next and why, then each need's reasons.
 *
 * <pre>{@code
 * ResultCard card = ResultCard.of(diagnosis, "fr");
 * byte[] png = card.png();     // the picture, 600 px wide
 * String alt = card.text();    // the same facts as plain text (caption, alt text, screen readers)
 * }</pre>
 *
 * Labels come from the text bundles (the person's words for needs {@code result.need.*}, and {@code card.*}); the
 * reasons are shown as the rules give them.
 *
 * @param png  the card as a PNG image
 * @param text the text alternative: every fact of the picture, one per line
 */
public record ResultCard(byte[] png, String text) {

    /** Draws the card of a diagnosis in a language ("fr" or "en"; French for any other). */
    public static ResultCard of(Diagnosis diagnosis, String language) {
        CardContent content = CardContent.of(diagnosis, language);
        return new ResultCard(CardDrawing.png(content), content.text());
    }

    /** Only the text alternative (no drawing), e.g. for a caption shown before the picture loads. */
    public static String textOf(Diagnosis diagnosis, String language) {
        return CardContent.of(diagnosis, language).text();
    }
}
