package fr.aiguilleur.bot.telegram;

/**
 * The people who blocked the bot: nothing is sent to them until they write again. Blocking: call
 * it on a worker thread.
 */
public interface InactiveChats {

    /** The person blocked the bot (Telegram answered 403, or said so). */
    void markInactive(String chatId);

    /** The person wrote again, or unblocked the bot. */
    void markActive(String chatId);

    boolean isInactive(String chatId);
}
