package fr.aiguilleur.bot.limits;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits' buckets: in Redis when the stores are (shared by every instance, see RedisStores), else in memory. */
@Configuration(proxyBeanMethods = false)
class LimitsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(LimitsWiring.class);

    /** @param shared the buckets of every instance (Redis), when the stores are in Redis */
    @Bean(destroyMethod = "close")
    RateLimits rateLimits(LimitSettings settings, ObjectProvider<Buckets> shared, MeterRegistry meters) {
        var local = new LocalBuckets(settings.longest(), TimeMeter.SYSTEM_MILLISECONDS);
        Buckets buckets = shared.getIfAvailable(() -> local);
        LOG.info("abuse limits counted {}", buckets != local ? "in Redis, for every instance" : "in memory, per instance");
        return new RateLimits(settings, buckets, local, meters);
    }

    @Bean
    TrustedProxies trustedProxies(LimitSettings settings) {
        return new TrustedProxies(settings.trustedProxies());
    }
}
