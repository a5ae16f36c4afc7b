package fr.aiguilleur.bot.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The reminded visits of one instance, in memory. Thread-safe. */
public final class InMemorySentReminders implements SentReminders {

    private final Set<String> reminded = ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstTime(String leadId) {
        return reminded.add(leadId);
    }
}
