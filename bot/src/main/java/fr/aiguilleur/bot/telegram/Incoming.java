package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Input;

/**
 * One update of a private chat as the dialogue reads it.
 *
 * @param chatId   the private chat (the person's user id)
 * @param language "en" when the person's Telegram is in English, else "fr"
 * @param input    what the person sent
 */
record Incoming(long chatId, String language, Input input) {

    static final String CHANNEL_PREFIX = "telegram:";

    ConversationId conversationId() {
        return new ConversationId(CHANNEL_PREFIX + chatId);
    }

    /** The deep-link payload when this is {@code /start <payload>}; null otherwise. */
    String startPayload() {
        return input instanceof Input.Command command && UpdateReader.START.equals(command.name())
                ? command.argument() : null;
    }
}
