package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.InputHint;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Renders a dialogue message as Telegram messages: plain text (no parse mode, so nothing a person
 * typed is read as markup) cut to Telegram's length, buttons as an inline keyboard, and for a
 * phone number Telegram's own "share my number" button.
 */
final class MessageRendering {

    /** Labels up to this length go two per row. */
    static final int SHORT_LABEL = 16;

    private final TextPieces pieces = new TextPieces();

    /**
     * @param removeReplyKeyboard whether to take away a "share my number" keyboard left on screen
     *                            (only done on a message without buttons: a message has one keyboard)
     */
    List<SendMessage> render(String chatId, Message message, String language, boolean removeReplyKeyboard) {
        String text = message.number() == null ? message.text()
                : message.number().label(language) + "\n\n" + message.text();
        List<String> texts = pieces.cut(text);
        boolean hasButtons = !message.buttons().isEmpty() || message.back() != null;
        if (texts.isEmpty() && !hasButtons) {
            return List.of();
        }
        if (texts.isEmpty()) {
            texts = List.of("…");
        }
        var sends = new ArrayList<SendMessage>();
        for (int i = 0; i < texts.size(); i++) {
            boolean first = i == 0;
            boolean last = i == texts.size() - 1;
            ReplyKeyboard keyboard = last ? keyboardOf(message, language) : null;
            if (keyboard == null && first && removeReplyKeyboard && !hasButtons) {
                keyboard = new ReplyKeyboardRemove(true);
            }
            sends.add(send(chatId, texts.get(i), keyboard));
        }
        if (hasButtons && message.hint() == InputHint.PHONE) {
            sends.add(send(chatId, ShareNumber.hint(language), ShareNumber.keyboard(language)));
        }
        return sends;
    }

    private static ReplyKeyboard keyboardOf(Message message, String language) {
        if (!message.buttons().isEmpty() || message.back() != null) {
            InlineKeyboardMarkup keyboard = inlineKeyboard(message.buttons());
            if (message.back() != null) {
                var row = new InlineKeyboardRow();
                row.add(InlineKeyboardButton.builder().text(message.back().label())
                        .callbackData(CallbackData.of(message.back()).encode()).build());
                var rows = new ArrayList<>(keyboard.getKeyboard());
                rows.add(row);
                return new InlineKeyboardMarkup(rows);
            }
            return keyboard;
        }
        return message.hint() == InputHint.PHONE ? ShareNumber.keyboard(language) : null;
    }

    static InlineKeyboardMarkup inlineKeyboard(List<Button> buttons) {
        int perRow = buttons.stream().allMatch(button -> button.label().length() <= SHORT_LABEL) ? 2 : 1;
        var rows = new ArrayList<InlineKeyboardRow>();
        for (int from = 0; from < buttons.size(); from += perRow) {
            var row = new InlineKeyboardRow();
            buttons.subList(from, Math.min(buttons.size(), from + perRow)).forEach(button -> row.add(
                    InlineKeyboardButton.builder().text(button.label())
                            .callbackData(CallbackData.of(button).encode()).build()));
            rows.add(row);
        }
        return new InlineKeyboardMarkup(rows);
    }

    private static SendMessage send(String chatId, String text, ReplyKeyboard keyboard) {
        return SendMessage.builder().chatId(chatId).text(text).replyMarkup(keyboard).build();
    }

    /** Telegram's button that shares the person's own number, shown once. */
    static final class ShareNumber {

        private ShareNumber() {
        }

        static ReplyKeyboardMarkup keyboard(String language) {
            var button = KeyboardButton.builder().text(label(language)).requestContact(true).build();
            return ReplyKeyboardMarkup.builder().keyboardRow(new KeyboardRow(button))
                    .oneTimeKeyboard(true).resizeKeyboard(true).build();
        }

        static String label(String language) {
            return Texts.of(language).get("telegram.share-number");
        }

        static String hint(String language) {
            return Texts.of(language).get("telegram.share-number.hint");
        }
    }
}
