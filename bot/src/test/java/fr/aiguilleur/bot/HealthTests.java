package fr.aiguilleur.bot;

import fr.aiguilleur.bot.rules.RulesInUse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@BotTest
class HealthTests {

    @Autowired
    WebTestClient client;

    @Autowired
    RulesInUse rules;

    @Test
    void reportsLivenessUp() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void reportsReadinessUpOnceTheRulesAreBuilt() {
        rules.get();

        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesNoOtherActuatorEndpoint() {
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
    }
}
