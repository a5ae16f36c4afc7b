package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.followup.AttachedFile;
import fr.aiguilleur.bot.followup.AttachmentFiles;
import fr.aiguilleur.conversations.dialogue.Attachment;
import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * Attachments as Telegram uploads: the result card as a photo with its facts as caption, sent
 * before the message; the invite and the person's data as documents, sent after it.
 */
final class TelegramFiles {

    /** Telegram's longest caption. */
    static final int CAPTION = 1024;

    /**
     * One upload.
     *
     * @param before true when it goes before the message's text (the result card)
     */
    record Upload(String name, BotCalls.Call call, boolean before) {
    }

    private final AttachmentFiles files;

    TelegramFiles(AttachmentFiles files) {
        this.files = files;
    }

    /** The upload of an attachment, or {@code null} when there is nothing to give any more. */
    Upload of(String chatId, Attachment attachment) {
        AttachedFile file = files.of(attachment).orElse(null);
        if (file == null) {
            return null;
        }
        String caption = caption(file.text());
        if (file.picture()) {
            return new Upload("sendPhoto", client -> client.execute(SendPhoto.builder().chatId(chatId)
                    .photo(input(file)).caption(caption).build()), true);
        }
        return new Upload("sendDocument", client -> client.execute(SendDocument.builder().chatId(chatId)
                .document(input(file)).caption(caption).build()), false);
    }

    /** A fresh stream at each attempt: a retried upload reads the file again. */
    private static InputFile input(AttachedFile file) {
        return new InputFile(new ByteArrayInputStream(file.bytes()), file.name());
    }

    /** The text cut at a line break to fit a caption. */
    static String caption(String text) {
        if (text == null || text.length() <= CAPTION) {
            return text;
        }
        int cut = text.lastIndexOf('\n', CAPTION - 2);
        return (cut > 0 ? text.substring(0, cut) : text.substring(0, CAPTION - 2)) + "\n…";
    }
}
