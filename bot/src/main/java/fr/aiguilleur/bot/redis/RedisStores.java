package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.limits.Buckets;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Leads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Redis stores, in place of the in-memory ones, when {@code aiguilleur.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
class RedisStores {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStores.class);

    /** The connection; on one server, the keys of older versions are first moved to their new names. */
    @Bean(destroyMethod = "close")
    Redis redis(RedisSettings settings) {
        Redis redis = new Redis(settings.url(), settings.clusterNodes(), settings.commandTimeout());
        if (!redis.isCluster()) {
            try {
                new KeyRenames(redis).run();
            } catch (StoreUnavailable e) {
                LOG.warn("Redis not reachable at start: keys of older versions are renamed at the next start");
            }
        }
        return redis;
    }

    /** The abuse limits' buckets, shared by every instance (a connection of their own; closed by {@code RateLimits}). */
    @Bean(destroyMethod = "")
    Buckets limitBuckets(RedisSettings settings) {
        return new RedisBuckets(settings.url(), settings.clusterNodes(), settings.commandTimeout());
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
