package fr.aiguilleur.bot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Telegram updates as the Bot API sends them (JSON), for the reader's tests and the fake Bot API. */
public final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATE = 1_778_000_000;

    private Updates() {
    }

    static Map<String, Object> text(int updateId, long chatId, String text) {
        return message(updateId, chatId, "private", Map.of("text", text));
    }

    static Map<String, Object> tap(int updateId, long chatId, String data) {
        var tap = new LinkedHashMap<String, Object>();
        tap.put("id", "tap-" + updateId);
        tap.put("from", person(chatId, "fr"));
        tap.put("chat_instance", "42");
        tap.put("data", data);
        tap.put("message", Map.of("message_id", 7, "date", DATE, "chat", chat(chatId, "private"),
                "text", "Vous êtes…"));
        return Map.of("update_id", updateId, "callback_query", tap);
    }

    static Map<String, Object> photo(int updateId, long chatId) {
        return message(updateId, chatId, "private", Map.of("photo",
                List.of(Map.of("file_id", "f1", "file_unique_id", "u1", "width", 90, "height", 90))));
    }

    static Map<String, Object> sticker(int updateId, long chatId) {
        return message(updateId, chatId, "private", Map.of("sticker", Map.of("file_id", "s1",
                "file_unique_id", "s1", "type", "regular", "width", 512, "height", 512, "is_animated", false,
                "is_video", false)));
    }

    static Map<String, Object> voice(int updateId, long chatId) {
        return message(updateId, chatId, "private", Map.of("voice",
                Map.of("file_id", "v1", "file_unique_id", "v1", "duration", 3)));
    }

    static Map<String, Object> document(int updateId, long chatId) {
        return message(updateId, chatId, "private", Map.of("document",
                Map.of("file_id", "d1", "file_unique_id", "d1", "file_name", "devis.pdf")));
    }

    /** A tap on a button of a message in any chat, by someone with this user id and first name. */
    public static Map<String, Object> tapIn(int updateId, long chatId, String chatType, long userId, String firstName,
            String data, String messageText) {
        var from = person(userId, "fr");
        from.put("first_name", firstName);
        var tap = new LinkedHashMap<String, Object>();
        tap.put("id", "tap-" + updateId);
        tap.put("from", from);
        tap.put("chat_instance", "43");
        tap.put("data", data);
        tap.put("message", Map.of("message_id", 70 + updateId, "date", DATE, "chat", chat(chatId, chatType),
                "text", messageText));
        return Map.of("update_id", updateId, "callback_query", tap);
    }

    /** The bot's own membership of a chat changed to this status (member, administrator, kicked, left). */
    static Map<String, Object> myChatMember(int updateId, long chatId, String chatType, String status) {
        var bot = Map.of("id", 123456, "is_bot", true, "first_name", "Aiguilleur");
        var change = new LinkedHashMap<String, Object>();
        change.put("chat", chat(chatId, chatType));
        change.put("from", person("private".equals(chatType) ? chatId : 555, "fr"));
        change.put("date", DATE);
        change.put("old_chat_member", Map.of("status", "left", "user", bot));
        change.put("new_chat_member", "kicked".equals(status)
                ? Map.of("status", status, "user", bot, "until_date", 0) : Map.of("status", status, "user", bot));
        return Map.of("update_id", updateId, "my_chat_member", change);
    }

    static Map<String, Object> location(int updateId, long chatId) {
        return message(updateId, chatId, "private", Map.of("location", Map.of("latitude", 44.8, "longitude", -0.5)));
    }

    static Map<String, Object> contact(int updateId, long chatId, long contactUserId, String phone) {
        return message(updateId, chatId, "private", Map.of("contact",
                Map.of("phone_number", phone, "first_name", "Élodie", "user_id", contactUserId)));
    }

    static Map<String, Object> groupText(int updateId, long chatId, String type, String text) {
        return message(updateId, chatId, type, Map.of("text", text));
    }

    static Map<String, Object> withLanguage(Map<String, Object> update, String language) {
        @SuppressWarnings("unchecked")
        var message = new LinkedHashMap<>((Map<String, Object>) update.get("message"));
        @SuppressWarnings("unchecked")
        var from = new LinkedHashMap<>((Map<String, Object>) message.get("from"));
        if (language == null) {
            from.remove("language_code");
        } else {
            from.put("language_code", language);
        }
        message.put("from", from);
        return Map.of("update_id", update.get("update_id"), "message", message);
    }

    static Map<String, Object> fromBot(Map<String, Object> update) {
        @SuppressWarnings("unchecked")
        var message = new LinkedHashMap<>((Map<String, Object>) update.get("message"));
        @SuppressWarnings("unchecked")
        var from = new LinkedHashMap<>((Map<String, Object>) message.get("from"));
        from.put("is_bot", true);
        message.put("from", from);
        return Map.of("update_id", update.get("update_id"), "message", message);
    }

    static Map<String, Object> edited(int updateId, long chatId, String text) {
        @SuppressWarnings("unchecked")
        var message = (Map<String, Object>) text(updateId, chatId, text).get("message");
        return Map.of("update_id", updateId, "edited_message", message);
    }

    /** The body of a getUpdates answer. */
    static String result(List<Map<String, Object>> updates) {
        return json(Map.of("ok", true, "result", updates));
    }

    public static Update parse(Map<String, Object> update) {
        try {
            return JSON.readValue(json(update), Update.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> message(int updateId, long chatId, String chatType, Map<String, Object> content) {
        var message = new LinkedHashMap<String, Object>();
        message.put("message_id", updateId);
        message.put("date", DATE);
        message.put("chat", chat(chatId, chatType));
        message.put("from", person("private".equals(chatType) ? chatId : 555, "fr"));
        message.putAll(content);
        return Map.of("update_id", updateId, "message", message);
    }

    private static Map<String, Object> chat(long chatId, String type) {
        return "private".equals(type) ? Map.of("id", chatId, "type", type, "first_name", "Élodie")
                : Map.of("id", chatId, "type", type, "title", "Les artisans");
    }

    private static Map<String, Object> person(long userId, String language) {
        var person = new LinkedHashMap<String, Object>();
        person.put("id", userId);
        person.put("is_bot", false);
        person.put("first_name", "Élodie");
        person.put("language_code", language);
        return person;
    }
}
