package fr.aiguilleur.bot.bench;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The floor of the benchmark, added to the service for the benchmark only (a source of its
 * SpringApplication, never scanned): one WebFlux endpoint doing one Redis read and one write with
 * Lettuce's reactive API, and nothing else.
 */
class FloorEndpoint {

    static final String PATH = "/bench/floor";

    @Bean(destroyMethod = "shutdown")
    RedisClient floorRedisClient(Environment environment) {
        RedisURI uri = RedisURI.create(environment.getRequiredProperty("bench.redis-url"));
        uri.setTimeout(Duration.ofSeconds(2));
        return RedisClient.create(uri);
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> floorRedisConnection(RedisClient floorRedisClient) {
        return floorRedisClient.connect();
    }

    @Bean
    RouterFunction<ServerResponse> floorRoute(StatefulRedisConnection<String, String> floorRedisConnection) {
        RedisReactiveCommands<String, String> redis = floorRedisConnection.reactive();
        return RouterFunctions.route(GET(PATH), request -> {
            String key = "bench:floor:" + request.queryParam("key").orElse("none");
            return redis.get(key).defaultIfEmpty("0")
                    .flatMap(value -> redis.set(key, Integer.toString(Integer.parseInt(value) + 1)))
                    .then(ServerResponse.ok().build())
                    .onErrorResume(failure -> ServerResponse.status(503).build());
        });
    }
}
