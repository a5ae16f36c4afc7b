package fr.aiguilleur.bot.redis;

import io.lettuce.core.RedisURI;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.session.data.redis.config.annotation.web.server.EnableRedisWebSession;

/**
 * The coordinators' dashboard sessions in Redis (Spring Session Data Redis, reactive), when Redis
 * is set: any instance serves any signed-in coordinator, and a restart signs nobody out. Its own
 * Lettuce connection reaches the same Redis as the stores: one server, the master named by
 * Sentinel, or the cluster. Each session is one hash ({@code aiguilleur:session:sessions:<id>})
 * that expires after the idle time the sign-in sets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
@EnableRedisWebSession(redisNamespace = "aiguilleur:session")
class RedisSessions {

    @Bean
    LettuceConnectionFactory redisConnectionFactory(RedisSettings settings) {
        RedisConfiguration where;
        if (settings.isCluster()) {
            where = new RedisClusterConfiguration(Arrays.stream(settings.clusterNodes().split(","))
                    .map(String::strip).filter(node -> !node.isEmpty())
                    .map(node -> node.contains("://") ? node.substring(node.indexOf("://") + 3) : node).toList());
        } else {
            where = LettuceConnectionFactory.createRedisConfiguration(RedisURI.create(settings.url().strip()));
        }
        return new LettuceConnectionFactory(where);
    }
}
