package fr.aiguilleur.bot.dashboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port with the dashboard tests' coordinators (alice for the 33,
 * bruno for the 75, admin everywhere; see {@code dashboard-config/coordinators.yaml}). Every
 * test class using it shares one application context. The web test client waits up to 30 s for an
 * answer (not 5): a loaded build machine answers first requests slowly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/test-classes/dashboard-config",
        "spring.test.webtestclient.timeout=30s"})
@AutoConfigureWebTestClient
@interface DashboardTest {
}
