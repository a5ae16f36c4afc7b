package fr.aiguilleur.bot.followup;

/**
 * A file given beside a message.
 *
 * @param name      the file name offered ("aiguilleur-rendez-vous.ics")
 * @param mediaType its MIME type
 * @param bytes     the content
 * @param text      the text alternative or caption (the card's facts), or {@code null}
 * @param picture   true for a picture shown in the conversation (the result card)
 */
public record AttachedFile(String name, String mediaType, byte[] bytes, String text, boolean picture) {
}
