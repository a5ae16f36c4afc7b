package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.conversations.texts.Texts;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenarios of one file. A file that cannot be read is kept with its problem, so that it is
 * reported as a failure rather than skipped.
 *
 * @param file      the file's name
 * @param scenarios the scenarios, in file order (empty when unreadable)
 * @param problem   why the file cannot be read, or {@code null}
 */
public record ScenarioSuite(String file, List<Scenario> scenarios, String problem) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public ScenarioSuite {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** Reads a scenario file; a problem with it is told in English. */
    public static ScenarioSuite read(Path path) {
        return read(path, Texts.of(Texts.ENGLISH));
    }

    /** Reads a scenario file; a problem with it is told in the language of {@code texts}. */
    public static ScenarioSuite read(Path path, Texts texts) {
        String name = path.getFileName().toString();
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8), name, texts);
        } catch (IOException e) {
            return new ScenarioSuite(name, List.of(), texts.get("rules.scenario.unreadable", e.getMessage()));
        }
    }

    public static ScenarioSuite parse(String yaml, String file) {
        return parse(yaml, file, Texts.of(Texts.ENGLISH));
    }

    public static ScenarioSuite parse(String yaml, String file, Texts texts) {
        try {
            ScenarioFile read = YAML.readValue(yaml, ScenarioFile.class);
            if (read == null || read.scenarios() == null) {
                return new ScenarioSuite(file, List.of(), texts.get("rules.scenario.no-list"));
            }
            return new ScenarioSuite(file, read.scenarios(), null);
        } catch (JsonProcessingException e) {
            return new ScenarioSuite(file, List.of(), describe(e, texts));
        } catch (IllegalArgumentException | NullPointerException e) {
            return new ScenarioSuite(file, List.of(), e.getMessage());
        }
    }

    public boolean readable() {
        return problem == null;
    }

    private static String describe(JsonProcessingException e, Texts texts) {
        JsonLocation where = e.getLocation();
        String message = e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", "");
        return where == null || where.getLineNr() < 1 ? message : texts.get("rules.scenario.at-line", where.getLineNr(), message);
    }

    private record ScenarioFile(List<Scenario> scenarios) {
    }
}
