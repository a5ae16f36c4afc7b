package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.crm.Outbox;
import fr.aiguilleur.bot.jobs.SentReminders;
import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.checkin.CheckIns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What follows a lead up, in Redis when {@code aiguilleur.redis.url} is set: booked slots, the CRM
 * outbox (when a CRM is set), the visit reminders sent, the check-ins weeks later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
class RedisFollowUpStores {

    @Bean
    Bookings bookings(Redis redis) {
        return new RedisBookings(redis);
    }

    @Bean
    @ConditionalOnExpression("!'${aiguilleur.crm.webhook-url:}'.isEmpty()")
    Outbox outbox(Redis redis) {
        return new RedisOutbox(redis);
    }

    @Bean
    SentReminders sentReminders(Redis redis) {
        return new RedisSentReminders(redis);
    }

    /** Ended check-ins are kept as long as the anonymised diagnoses. */
    @Bean
    CheckIns checkIns(Redis redis, RedisSettings settings) {
        return new RedisCheckIns(redis, settings.diagnosisTtl());
    }
}
