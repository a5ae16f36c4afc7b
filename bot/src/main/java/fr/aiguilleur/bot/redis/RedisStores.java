package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.limits.Buckets;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Leads;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis stores, in place of the in-memory ones, when {@code aiguilleur.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
class RedisStores {

    @Bean(destroyMethod = "close")
    Redis redis(RedisSettings settings) {
        return new Redis(settings.url(), settings.commandTimeout());
    }

    /** The abuse limits' buckets, shared by every instance (a connection of their own; closed by {@code RateLimits}). */
    @Bean(destroyMethod = "")
    Buckets limitBuckets(RedisSettings settings) {
        return new RedisBuckets(settings.url(), settings.commandTimeout());
    }

    /** "store" in the readiness group: see {@link RedisHealth}. */
    @Bean
    HealthIndicator storeHealthIndicator(Redis redis) {
        return new RedisHealth(redis);
    }

    @Bean
    Conversations conversations(Redis redis, RedisSettings settings) {
        var ttl = settings.conversationTtl();
        return new RedisConversationIndex(new RedisConversations(redis, ttl), redis, ttl);
    }

    @Bean
    Leads leads(Redis redis) {
        return new RedisLeads(redis);
    }

    @Bean
    Diagnoses diagnoses(Redis redis, RedisSettings settings) {
        return new RedisDiagnoses(redis, settings.diagnosisTtl());
    }
}
