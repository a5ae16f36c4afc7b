package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.rules.engine.RuleSet;
import fr.aiguilleur.rules.scenarios.ResultReport;
import fr.aiguilleur.rules.scenarios.ScenarioResult;
import fr.aiguilleur.rules.scenarios.ScenarioRunner;
import fr.aiguilleur.rules.scenarios.ScenarioSuite;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code test SCENARIOS… [--rules DIR]}: runs scenario files and prints each failure with what was
 * expected, what came out and the rules that led there; the last line is {@code N passed, M failed}.
 */
final class TestCommand {

    private TestCommand() {
    }

    static int run(CliArguments arguments, PrintStream out) {
        if (arguments.plain().isEmpty()) {
            return RulesCli.usage(out, "test needs at least one scenario file");
        }
        List<Path> files = scenarioFiles(arguments.plain());
        Optional<RuleSet> rules = new Workbench(arguments, out).rules();
        if (rules.isEmpty()) {
            int scenarios = files.stream().map(ScenarioSuite::read)
                    .mapToInt(suite -> Math.max(1, suite.scenarios().size())).sum();
            out.println("0 passed, " + scenarios + " failed");
            return RulesCli.FAILED;
        }
        Workbench workbench = new Workbench(arguments, out);
        ScenarioRunner runner = new ScenarioRunner(workbench.diagnostician(rules.get()), workbench.questionnaire());
        int passed = 0;
        int failed = 0;
        for (Path file : files) {
            for (ScenarioResult result : runner.run(ScenarioSuite.read(file))) {
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.println("FAILED " + ResultReport.describe(result));
                    out.println();
                }
            }
        }
        out.println("Rules " + rules.get().version() + " (" + rules.get().source() + "), " + files.size() + " scenario file(s)");
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? RulesCli.OK : RulesCli.FAILED;
    }

    /** The files named, a folder standing for the *.yaml files in it. */
    private static List<Path> scenarioFiles(List<String> names) {
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    inside.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the folder " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }
}
