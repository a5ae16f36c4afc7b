package fr.aiguilleur.bot.telegram;

import java.time.Duration;

/**
 * Remembers the updates already taken, so that one Telegram re-sends (a webhook answer it did not
 * see, a restart) is not answered twice. Telegram keeps an update at most 24 hours, so remembering
 * it that long is enough. Blocking: call it on a worker thread.
 */
public interface UpdateDedup {

    /** How long an update id is remembered. */
    Duration KEPT = Duration.ofHours(24);

    /** Notes the update. @return true the first time this update id is seen, false for a repeat */
    boolean firstSeen(int updateId);

    /**
     * Notes an update from a person's private chat: the first time, the person is also active
     * again (writing, they no longer block the bot). A store that keeps the inactive chats too
     * does both in one step. @return true the first time this update id is seen
     */
    default boolean firstSeen(int updateId, String personChat, InactiveChats inactive) {
        boolean first = firstSeen(updateId);
        if (first) {
            inactive.markActive(personChat);
        }
        return first;
    }
}
