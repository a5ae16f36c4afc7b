package fr.aiguilleur.bot.rules;

import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import fr.aiguilleur.rules.engine.DroolsDiagnostician;
import fr.aiguilleur.rules.live.LiveRules;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the rules in use (packaged, or a watched folder an author edits) and the diagnostician
 * that runs them. The service is ready once the rules are.
 */
@Configuration(proxyBeanMethods = false)
class RulesWiring {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWiring.class);

    @Bean(destroyMethod = "close")
    RulesInUse rulesInUse(RulesSettings settings) {
        return new RulesInUse(() -> build(settings));
    }

    @Bean
    DroolsDiagnostician diagnostician(RulesInUse rules, ServiceCatalogue serviceCatalogue,
            Questionnaires questionnaires, ObjectProvider<PlaceFinder> places) {
        return new DroolsDiagnostician(rules, serviceCatalogue, questionnaires.current().version(),
                places.getIfAvailable());
    }

    /** "rules" in the health groups: out of service while building, down when they cannot be built. */
    @Bean
    HealthIndicator rulesHealthIndicator(RulesInUse rules) {
        return () -> rules.ready()
                .map(live -> Health.up().withDetail("version", live.status().version()).build())
                .orElseGet(() -> rules.failure().isPresent() ? Health.down().build() : Health.outOfService().build());
    }

    private static LiveRules build(RulesSettings settings) {
        long start = System.nanoTime();
        LiveRules rules;
        if (settings.watchesFolder()) {
            Path folder = Path.of(settings.dir()).toAbsolutePath();
            rules = LiveRules.watching(folder);
            rules.start();
            LOG.info("rules read from {} and reloaded when its files change", folder);
        } else {
            rules = LiveRules.packaged();
        }
        LOG.info("rules {} ready in {} ms", rules.status().version(), (System.nanoTime() - start) / 1_000_000);
        return rules;
    }
}
