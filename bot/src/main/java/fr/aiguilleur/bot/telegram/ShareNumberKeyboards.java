package fr.aiguilleur.bot.telegram;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The chats that still show Telegram's "share my number" keyboard, so that the next plain message
 * takes it away: the most recent ones only, as a person may stop at the phone question for good.
 * Forgetting a chat only leaves its keyboard on screen (Telegram hides it once used). Thread-safe.
 */
final class ShareNumberKeyboards {

    /** Chats remembered before the oldest are forgotten. */
    static final int REMEMBERED = 10_000;

    private final Map<String, Boolean> chats;

    ShareNumberKeyboards() {
        this(REMEMBERED);
    }

    ShareNumberKeyboards(int remembered) {
        this.chats = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > remembered;
            }
        };
    }

    synchronized void shown(String chatId) {
        chats.remove(chatId);
        chats.put(chatId, Boolean.TRUE);
    }

    synchronized void removed(String chatId) {
        chats.remove(chatId);
    }

    synchronized boolean isShown(String chatId) {
        return chats.containsKey(chatId);
    }

    synchronized int size() {
        return chats.size();
    }
}
