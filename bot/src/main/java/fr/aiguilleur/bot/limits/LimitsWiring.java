package fr.aiguilleur.bot.limits;

import fr.aiguilleur.bot.redis.RedisSettings;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits' buckets: in Redis when the stores are (shared by every instance), else in memory. */
@Configuration(proxyBeanMethods = false)
class LimitsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LimitsWiring.class);

    @Bean(destroyMethod = "close")
    RateLimits rateLimits(LimitSettings settings, RedisSettings redis, MeterRegistry meters) {
        var local = new LocalBuckets(settings.longest(), TimeMeter.SYSTEM_MILLISECONDS);
        boolean shared = redis.url() != null && !redis.url().isBlank();
        LOG.info("abuse limits counted {}", shared ? "in Redis, for every instance" : "in memory, per instance");
        return new RateLimits(settings, shared ? new RedisBuckets(redis.url(), redis.commandTimeout()) : local, local,
                meters);
    }

    @Bean
    TrustedProxies trustedProxies(LimitSettings settings) {
        return new TrustedProxies(settings.trustedProxies());
    }
}
