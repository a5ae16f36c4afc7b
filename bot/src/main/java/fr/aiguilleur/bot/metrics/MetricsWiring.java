package fr.aiguilleur.bot.metrics;

import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.rules.live.LiveRules;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The meters of the conversations' outcomes and of the rules' reloads. */
@Configuration(proxyBeanMethods = false)
class MetricsWiring {

    @Bean
    TurnMeters turnMeters(MeterRegistry meters) {
        return new TurnMeters(meters);
    }

    /** Reloads of a watched rules folder, and those that failed (the rules in use then stay). */
    @Bean
    MeterBinder rulesMeters(RulesInUse rules) {
        return meters -> {
            rulesCounter(meters, rules, "aiguilleur.rules.reloads",
                    "Loads of the watched rules folder that put new rules in use", LiveRules::reloads);
            rulesCounter(meters, rules, "aiguilleur.rules.reload.failures",
                    "Loads of the watched rules folder refused (rules that do not build)", LiveRules::failedReloads);
        };
    }

    private static void rulesCounter(MeterRegistry meters, RulesInUse rules, String name, String description,
            ToLongFunction<LiveRules> count) {
        FunctionCounter.builder(name, rules, in -> in.ready().map(live -> (double) count.applyAsLong(live)).orElse(0.0))
                .description(description).register(meters);
    }
}
