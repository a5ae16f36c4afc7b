package fr.aiguilleur.bot.telegram;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A person writing to the bot in a private Telegram chat: their updates reach the bot by long
 * polling of the fake Bot API, or by the webhook; the answers are read from the fake Bot API.
 */
final class TelegramChatPerson {

    private final FakeBotApi api;
    private final long chatId;
    private final Function<IntFunction<Map<String, Object>>, Integer> delivery;

    /** A person whose updates are fetched by long polling. */
    TelegramChatPerson(FakeBotApi api, long chatId) {
        this(api, chatId, api::deliver);
    }

    /** @param delivery hands an update, built for the update id it chooses, to the bot; returns that id */
    TelegramChatPerson(FakeBotApi api, long chatId, Function<IntFunction<Map<String, Object>>, Integer> delivery) {
        this.api = api;
        this.chatId = chatId;
        this.delivery = delivery;
    }

    String chat() {
        return Long.toString(chatId);
    }

    long chatId() {
        return chatId;
    }

    /** Types a text (or a command) and waits for the whole answer. */
    List<Map<String, Object>> types(String text) {
        return sends(id -> Updates.text(id, chatId, text));
    }

    /** Taps the latest button shown for this question and option, and waits for the whole answer. */
    List<Map<String, Object>> taps(String questionId, String optionId) {
        String data = await().atMost(Duration.ofSeconds(10))
                .until(() -> latestButton(questionId, optionId), Optional::isPresent).orElseThrow();
        return taps(data);
    }

    /** Taps a button carrying this callback data, and waits for the whole answer. */
    List<Map<String, Object>> taps(String callbackData) {
        return sends(id -> Updates.tap(id, chatId, callbackData));
    }

    /** Sends any update of this chat and waits until the bot's answer is complete. */
    List<Map<String, Object>> sends(IntFunction<Map<String, Object>> update) {
        int before = api.messagesTo(chat()).size();
        delivery.apply(update);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.messagesTo(chat()).size() > before);
        int[] seen = {-1};
        await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10)).until(() -> {
            int now = api.messagesTo(chat()).size();
            boolean settled = now == seen[0];
            seen[0] = now;
            return settled;
        });
        List<Map<String, Object>> all = api.messagesTo(chat());
        return all.subList(before, all.size());
    }

    /** The callback data of every inline button of a sent message. */
    @SuppressWarnings("unchecked")
    static List<String> callbackData(Map<String, Object> message) {
        var data = new ArrayList<String>();
        var markup = (Map<String, Object>) message.get("reply_markup");
        if (markup == null || markup.get("inline_keyboard") == null) {
            return data;
        }
        for (var row : (List<List<Map<String, Object>>>) markup.get("inline_keyboard")) {
            row.forEach(button -> data.add((String) button.get("callback_data")));
        }
        return data;
    }

    private Optional<String> latestButton(String questionId, String optionId) {
        List<Map<String, Object>> messages = api.messagesTo(chat());
        for (int i = messages.size() - 1; i >= 0; i--) {
            Optional<String> found = callbackData(messages.get(i)).stream()
                    .filter(data -> data.endsWith("|" + questionId + "|" + optionId)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
