package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;

/**
 * Reaches a person on Telegram without their asking (a visit reminder), in the private chat of
 * their conversation; never a person who blocked the bot. Blocking: call it on a worker thread.
 */
final class TelegramPersonNotifier implements PersonNotifier {

    private final ChatReplies replies;

    TelegramPersonNotifier(ChatReplies replies) {
        this.replies = replies;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public boolean send(ConversationId conversation, String language, List<Message> messages) {
        String id = conversation.value();
        if (!id.startsWith(Incoming.CHANNEL_PREFIX)) {
            return false;
        }
        return replies.sendUnprompted(id.substring(Incoming.CHANNEL_PREFIX.length()), language, messages);
    }
}
