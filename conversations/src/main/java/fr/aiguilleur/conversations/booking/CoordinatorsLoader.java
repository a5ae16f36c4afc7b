package fr.aiguilleur.conversations.booking;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.aiguilleur.conversations.yaml.YamlLines;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads {@code coordinators.yaml} (Jackson) and checks it, naming the line of each problem. */
final class CoordinatorsLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private CoordinatorsLoader() {
    }

    static Coordinators parse(String yaml, String source) {
        YamlProblems lines = new YamlProblems(source, YamlLines.of(yaml));
        CoordinatorsFile file;
        try {
            file = YAML.readValue(yaml, CoordinatorsFile.class);
        } catch (JacksonException e) {
            throw new InvalidCoordinators(describe(e, lines, source), e);
        }
        if (file == null) {
            throw new InvalidCoordinators(source + ", line 1: the file is empty");
        }
        return new Coordinators(new CoordinatorsCheck(file, lines).coordinators());
    }

    private static String describe(JacksonException e, YamlProblems lines, String source) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException syntax) {
                int line = syntax.getProblemMark() == null ? 1 : syntax.getProblemMark().getLine() + 1;
                return source + ", line " + line + ": not valid YAML, " + syntax.getProblem();
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return source + ", line " + lines.line(pointer(mapping)) + ": " + problem(mapping);
        }
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        return source + ", line " + line + ": " + firstLine(e.getOriginalMessage());
    }

    private static String problem(JsonMappingException e) {
        String field = e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "' (known fields: " + known + ")";
        }
        String what = field == null ? "this entry" : field;
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "wrong value for '" + what + "': expected " + expected(mismatch.getTargetType());
        }
        return "wrong value for '" + what + "': " + firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == Long.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        return type == String.class ? "a text" : "a mapping (key: value)";
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> "/" + (reference.getFieldName() != null ? reference.getFieldName()
                        : reference.getIndex()))
                .collect(Collectors.joining());
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }
}
