package fr.aiguilleur.bot.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * "store" in the readiness group, with Redis: down while Redis does not answer a PING, so that a
 * load balancer sends people to an instance that can keep their answers; up again by itself.
 * Liveness does not include it: restarting the service would not bring Redis back.
 */
final class RedisHealth implements HealthIndicator {

    private final Redis redis;

    RedisHealth(Redis redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        try {
            redis.call("check that Redis answers", commands -> commands.ping());
            return Health.up().build();
        } catch (StoreUnavailable e) {
            return Health.down().build();
        }
    }
}
