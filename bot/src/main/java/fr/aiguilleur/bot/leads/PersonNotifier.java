package fr.aiguilleur.bot.leads;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;

/**
 * Sends a message a person did not ask for (the visit reminder, the reminder after a silence) on
 * the channel of their conversation. One bean per channel that can do it: the web chat cannot
 * (nobody is listening once the page is closed), Telegram can.
 */
public interface PersonNotifier {

    /** The channel this notifier sends on. */
    Channel channel();

    /**
     * Sends the messages to the person of this conversation, in its language ("fr" or "en").
     *
     * @return true when sent; false when the person cannot be reached (blocked the bot, …)
     */
    boolean send(ConversationId conversation, String language, List<Message> messages);
}
