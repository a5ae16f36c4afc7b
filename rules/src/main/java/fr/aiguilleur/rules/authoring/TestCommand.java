package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.scenarios.ResultReport;
import fr.aiguilleur.rules.scenarios.ScenarioResult;
import fr.aiguilleur.rules.scenarios.ScenarioRunner;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import fr.aiguilleur.conversations.texts.Texts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code test [SCENARIOS…] [--rules DIR] [--accept NAME…]}: runs scenario files (those of the
 * sources when none is named) and prints each failure with what was expected, what came out and
 * the rules that led there; ends with the failed scenarios' names and {@code N passed, M failed}.
 * With {@code --accept}, the named failing scenarios get today's result as their expectation.
 */
final class TestCommand {

    private TestCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        Texts texts = arguments.texts();
        boolean accepting = arguments.option("--accept").isPresent();
        List<String> fileNames = arguments.plain().stream().filter(name -> !accepting || looksLikeFile(name)).toList();
        List<String> toAccept = arguments.plain().stream().filter(name -> accepting && !looksLikeFile(name)).toList();
        if (accepting && toAccept.isEmpty()) {
            return RulesCli.usage(out, arguments, "rules.cli.test.accept-needs-names");
        }
        List<Path> files = ScenarioFiles.namedOrSources(fileNames);
        Workbench workbench = new Workbench(arguments, out);
        Optional<RuleSet> rules = workbench.rules();
        if (rules.isEmpty()) {
            int scenarios = files.stream().map(file -> ScenarioSuite.read(file, texts))
                    .mapToInt(suite -> Math.max(1, suite.scenarios().size())).sum();
            out.println(texts.get("rules.cli.test.tally", 0, scenarios));
            return RulesCli.FAILED;
        }
        ScenarioRunner runner = new ScenarioRunner(workbench.diagnostician(rules.get()), workbench.questionnaire(),
                texts);
        int passed = 0;
        List<String> failed = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (Path file : files) {
            for (ScenarioResult result : runner.run(ScenarioSuite.read(file, texts))) {
                if (result.passed()) {
                    passed++;
                } else if (toAccept.contains(result.scenario()) && result.rulesOutcome().isPresent()) {
                    Acceptance.accept(file, result.scenario(), result.rulesOutcome().get().diagnosis());
                    accepted.add(result.file() + " > " + result.scenario());
                    passed++;
                } else {
                    failed.add(result.file() + " > " + result.scenario());
                    out.println(texts.get("rules.cli.test.failed", ResultReport.describe(result, texts)));
                    out.println();
                }
            }
        }
        out.println(texts.get("rules.cli.test.rules", rules.get().version(), rules.get().source(), files.size()));
        accepted.forEach(name -> out.println(texts.get("rules.cli.test.accepted", name)));
        if (!failed.isEmpty()) {
            out.println(texts.get("rules.cli.test.failed-list"));
            failed.forEach(name -> out.println("  " + name));
        }
        out.println(texts.get("rules.cli.test.tally", passed, failed.size()));
        return failed.isEmpty() ? RulesCli.OK : RulesCli.FAILED;
    }

    private static boolean looksLikeFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || java.nio.file.Files.isDirectory(Path.of(name));
    }
}
