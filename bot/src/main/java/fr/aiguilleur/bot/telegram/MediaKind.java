package fr.aiguilleur.bot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Names what a message holds when it is not text, for a kind re-ask ("photo", "sticker", …). */
final class MediaKind {

    private static final Map<String, Predicate<Message>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("photo", Message::hasPhoto);
        KINDS.put("sticker", Message::hasSticker);
        KINDS.put("voice", Message::hasVoice);
        KINDS.put("video_note", Message::hasVideoNote);
        KINDS.put("video", Message::hasVideo);
        KINDS.put("animation", Message::hasAnimation);
        KINDS.put("audio", Message::hasAudio);
        KINDS.put("document", Message::hasDocument);
        KINDS.put("location", Message::hasLocation);
        KINDS.put("poll", Message::hasPoll);
        KINDS.put("dice", Message::hasDice);
    }

    private MediaKind() {
    }

    static String of(Message message) {
        return KINDS.entrySet().stream().filter(kind -> kind.getValue().test(message)).map(Map.Entry::getKey)
                .findFirst().orElse("other");
    }
}
