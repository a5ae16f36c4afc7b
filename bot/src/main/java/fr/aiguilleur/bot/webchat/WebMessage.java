package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.resultcard.ResultCard;
import fr.aiguilleur.conversations.dialogue.Attachment;
import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.HistoryLine;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;

/**
 * A message as the chat page shows it.
 *
 * @param from       "bot", or "person" for an answer shown again after a reload
 * @param progress   where a diagnostic question stands, or {@code null}
 * @param back       the back control, or {@code null}
 * @param attachment a picture or a file to download, or {@code null}
 */
record WebMessage(String from, String text, List<Button> buttons, String hint, Progress progress, Button back,
        File attachment) {

    /** "Question 5 sur 18" and how far along (0..100), for the progress bar. */
    record Progress(int at, int total, String label, int percent) {
    }

    /**
     * A picture (the result card, with its text alternative) or a file to download.
     *
     * @param kind "card", "invite" or "data"
     * @param url  where the page gets it
     * @param text the text alternative of the card, or the label of the download
     */
    record File(String kind, String url, String text) {
    }

    static WebMessage of(String key, String language, Message message) {
        return of(key, language, "bot", message);
    }

    static WebMessage of(String key, String language, HistoryLine line) {
        return of(key, language, line.fromPerson() ? "person" : "bot", line.message());
    }

    private static WebMessage of(String key, String language, String from, Message message) {
        Progress progress = message.number() == null ? null : new Progress(message.number().at(),
                message.number().total(), message.number().label(language), message.number().percent());
        return new WebMessage(from, message.text(), message.buttons(), message.hint().name(), progress, message.back(),
                file(key, language, message.attachment()));
    }

    static List<WebMessage> all(String key, String language, List<Message> messages) {
        return messages.stream().map(message -> of(key, language, message)).toList();
    }

    private static File file(String key, String language, Attachment attachment) {
        String base = "/api/chat/" + key + "/";
        Texts texts = Texts.of(language);
        if (attachment instanceof Attachment.ResultCard card) {
            return new File("card", base + "card.png", ResultCard.textOf(card.diagnosis(), card.language()));
        }
        if (attachment instanceof Attachment.Invite) {
            return new File("invite", base + "invite.ics", texts.get("web.download.invite"));
        }
        if (attachment instanceof Attachment.PersonalData) {
            return new File("data", base + "data.json", texts.get("web.download.data"));
        }
        return null;
    }
}
