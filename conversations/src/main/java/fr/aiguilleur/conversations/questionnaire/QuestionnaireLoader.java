package fr.aiguilleur.conversations.questionnaire;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.aiguilleur.conversations.yaml.YamlLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads questionnaire YAML (Jackson) and checks it, naming the line of each problem. */
final class QuestionnaireLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private QuestionnaireLoader() {
    }

    static Questionnaire fromClassPath(String path) {
        try (InputStream in = QuestionnaireLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidQuestionnaire("the questionnaire " + path + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        } catch (IOException e) {
            throw new InvalidQuestionnaire("cannot read the questionnaire " + path, e);
        }
    }

    static Questionnaire fromFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidQuestionnaire("cannot read the questionnaire " + file, e);
        }
    }

    static Questionnaire parse(String yaml, String source) {
        YamlLines lines = YamlLines.of(yaml);
        QuestionnaireFile file;
        try {
            file = YAML.readValue(yaml, QuestionnaireFile.class);
        } catch (JacksonException e) {
            throw new InvalidQuestionnaire(LoadError.describe(e, lines, source), e);
        }
        if (file == null) {
            throw new InvalidQuestionnaire(source + ", line 1: the file is empty");
        }
        return new FileCheck(file, lines, source).questionnaire();
    }
}
