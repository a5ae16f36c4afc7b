package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.scenarios.ScenarioResult;
import fr.aiguilleur.rules.scenarios.ScenarioRunner;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code coverage [SCENARIOS…] [--rules DIR]}: each rule with the number of scenarios that fire it,
 * then the rules no scenario fires. Exits with 1 when some rule is fired by none.
 */
final class CoverageCommand {

    private CoverageCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        List<Path> files = ScenarioFiles.namedOrSources(arguments.plain());
        Workbench workbench = new Workbench(arguments, out);
        Optional<RuleSet> rules = workbench.rules();
        if (rules.isEmpty()) {
            return RulesCli.FAILED;
        }
        ScenarioRunner runner = new ScenarioRunner(workbench.diagnostician(rules.get()), workbench.questionnaire(),
                arguments.texts());
        Map<String, Integer> firings = count(rules.get(), files.stream().map(file -> ScenarioSuite.read(file, arguments.texts())).toList(), runner);
        int width = firings.keySet().stream().mapToInt(String::length).max().orElse(10);
        firings.forEach((rule, count) -> out.printf("%-" + width + "s  %d%n", rule, count));
        List<String> never = firings.entrySet().stream().filter(entry -> entry.getValue() == 0).map(Map.Entry::getKey)
                .toList();
        out.println();
        if (never.isEmpty()) {
            out.println(arguments.texts().get("rules.cli.coverage.all", firings.size()));
            return RulesCli.OK;
        }
        out.println(arguments.texts().get("rules.cli.coverage.none", never.size(), firings.size()));
        never.forEach(rule -> out.println("  " + rule));
        return RulesCli.FAILED;
    }

    /** For each rule of the set, the number of scenarios whose run fires it. */
    static Map<String, Integer> count(RuleSet rules, List<ScenarioSuite> suites, ScenarioRunner runner) {
        Map<String, Integer> firings = new TreeMap<>();
        rules.ruleNames().forEach(rule -> firings.put(rule, 0));
        for (ScenarioSuite suite : suites) {
            for (ScenarioResult result : runner.run(suite)) {
                result.rulesOutcome().ifPresent(reasoning -> reasoning.findings().fired()
                        .forEach(rule -> firings.merge(rule, 1, Integer::sum)));
            }
        }
        return firings;
    }
}
