package fr.aiguilleur.bot.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The service as an operator runs it behind a proxy (the tests are trusted as that proxy, so each
 * can play clients of its own through {@code X-Forwarded-For}), with the dashboard tests' logins
 * (alice-secret, bruno-secret, admin-secret) and small sign-in limits: 3 failures per account, 6
 * per address. Classes using it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/test-classes/dashboard-config",
        "aiguilleur.limits.trusted-proxies=127.0.0.1,::1",
        "aiguilleur.limits.login-failures-per-account.count=3",
        "aiguilleur.limits.login-failures-per-address.count=6"})
@AutoConfigureWebTestClient
public @interface OperationsTest {
}
