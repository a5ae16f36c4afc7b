package fr.aiguilleur.rules.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.rules.PackagedRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Every scenario of every file under rules/scenarios/ is one test, run against the packaged rules. */
class ScenarioFilesTests {

    /** Relative to the module folder, which is the tests' working folder. */
    private static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicNode> everyScenarioGivesWhatItExpects() throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.list(SCENARIOS)) {
            files = paths.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(path -> path.getFileName().toString()).contains("personas.yaml");
        ScenarioRunner runner = new ScenarioRunner(PackagedRules.diagnostician(), Questionnaire.packaged());
        return files.stream().map(path -> dynamicContainer(path.getFileName().toString(), path.toUri(),
                Stream.of(path).flatMap(file -> runner.run(ScenarioSuite.read(file)).stream())
                        .map(result -> dynamicTest(result.scenario(), () -> {
                            if (!result.passed()) {
                                fail(ResultReport.describe(result));
                            }
                        }))));
    }
}
