package fr.aiguilleur.conversations.questionnaire;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.aiguilleur.conversations.yaml.YamlLines;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a Jackson failure to read a questionnaire file into "file, line N: problem". */
final class LoadError {

    private LoadError() {
    }

    static String describe(JacksonException e, YamlLines lines, String source) {
        MarkedYAMLException syntax = syntaxError(e);
        if (syntax != null) {
            int line = syntax.getProblemMark() == null ? 1 : syntax.getProblemMark().getLine() + 1;
            String context = syntax.getContext() == null ? "" : syntax.getContext() + ": ";
            return source + ", line " + line + ": not valid YAML, " + context + syntax.getProblem();
        }
        StreamReadException reading = readError(e);
        if (reading != null && reading.getLocation() != null) {
            return source + ", line " + Math.max(1, reading.getLocation().getLineNr()) + ": "
                    + firstLine(reading.getOriginalMessage());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return source + ", line " + lines.line(pointer(mapping)) + ": " + mappingProblem(mapping);
        }
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        return source + ", line " + line + ": " + firstLine(e.getOriginalMessage());
    }

    private static String mappingProblem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "' (known fields: " + known + ")";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "wrong value for '" + path(e) + "': expected " + expected(mismatch.getTargetType());
        }
        return "wrong value for '" + path(e) + "': " + firstLine(e.getOriginalMessage());
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping (key: value)" : type.getSimpleName();
    }

    private static StreamReadException readError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException reading) {
                return reading;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("").strip();
    }

    private static MarkedYAMLException syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> "/" + (reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex()))
                .collect(Collectors.joining());
    }
}
