package fr.aiguilleur.bot.telegram;

/**
 * The pace of messages to Telegram kept for all instances together (in Redis): ten instances
 * still send at most the bot's 30 messages a second, and one chat's messages stay at its pace
 * whichever instance sends them. Blocking: call it on worker threads.
 */
public interface SharedPace {

    /**
     * Takes a turn for one more message, in the bot's bucket and the chat's, each a rate and a
     * burst. @return nanoseconds to wait before sending, 0 when it may go now
     */
    long reserve(String chatId, double botPerSecond, double chatPerSecond, int chatBurst);
}
