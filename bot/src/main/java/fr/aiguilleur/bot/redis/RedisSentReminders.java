package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.jobs.SentReminders;
import io.lettuce.core.SetArgs;
import java.time.Duration;

/** The reminded visits in Redis: one key per lead, set if absent, kept 3 days (past the visit). */
final class RedisSentReminders implements SentReminders {

    static final Duration KEPT = Duration.ofDays(3);

    private final Redis redis;

    RedisSentReminders(Redis redis) {
        this.redis = redis;
    }

    @Override
    public boolean firstTime(String leadId) {
        String set = redis.call("note a visit reminder", commands -> commands.set("aiguilleur:reminded:" + leadId,
                "1", SetArgs.Builder.nx().px(KEPT.toMillis())));
        return "OK".equals(set);
    }
}
