package fr.aiguilleur.bot.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The people who blocked the bot, as seen by this instance since it started. For one instance without Redis. */
public final class InMemoryInactiveChats implements InactiveChats {

    private final Set<String> inactive = ConcurrentHashMap.newKeySet();

    @Override
    public void markInactive(String chatId) {
        inactive.add(chatId);
    }

    @Override
    public void markActive(String chatId) {
        inactive.remove(chatId);
    }

    @Override
    public boolean isInactive(String chatId) {
        return inactive.contains(chatId);
    }
}
