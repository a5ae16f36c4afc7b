package fr.aiguilleur.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.PackagedRules;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The build fails when a packaged rule is fired by no packaged scenario. */
class CoverageTests {

    @Test
    void everyPackagedRuleIsFiredByAtLeastOnePackagedScenario() {
        ScenarioRunner runner = new ScenarioRunner(PackagedRules.diagnostician(), Questionnaire.packaged());
        Set<String> never = new TreeSet<>(PackagedRules.ruleSet().ruleNames());
        for (ScenarioSuite suite : PackagedScenarios.read()) {
            for (ScenarioResult result : runner.run(suite)) {
                result.rulesOutcome().ifPresent(reasoning -> reasoning.findings().fired().forEach(never::remove));
            }
        }

        assertThat(never).as("rules fired by no scenario of rules/scenarios: add a scenario that shows each").isEmpty();
    }
}
