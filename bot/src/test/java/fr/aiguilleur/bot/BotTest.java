package fr.aiguilleur.bot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port, with in-memory stores and Telegram off. Every test class
 * using it shares one application context, so the suite starts the service once. The web test
 * client waits up to 30 s for an answer (not 5): a loaded build machine answers first requests slowly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/no-operator-config",
        "spring.test.webtestclient.timeout=30s"})
@AutoConfigureWebTestClient
public @interface BotTest {
}
