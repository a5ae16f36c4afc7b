package fr.aiguilleur.conversations.booking;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of each node of a YAML document by JSON pointer ("/coordinators/0/availability/2"), and
 * the problems found in it, each reported as "file, line N: problem".
 */
final class FileLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;
    private final Map<String, Integer> byPointer;
    private final List<String> problems = new ArrayList<>();

    private FileLines(String source, Map<String, Integer> byPointer) {
        this.source = source;
        this.byPointer = byPointer;
    }

    /** Indexes a document; for a broken one, the nodes before the break. */
    static FileLines of(String yaml, String source) {
        var lines = new HashMap<String, Integer>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
                    String pointer = container && parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            return new FileLines(source, lines);
        }
        return new FileLines(source, lines);
    }

    /** The line of the node at this pointer, or of its closest ancestor; 1 when unknown. */
    int line(String pointer) {
        String path = pointer;
        while (!path.isEmpty()) {
            Integer line = byPointer.get(path);
            if (line != null) {
                return line;
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return 1;
    }

    /** Notes a problem at the node of this pointer. */
    void at(String pointer, String problem) {
        atLine(line(pointer), problem);
    }

    void atLine(int line, String problem) {
        problems.add(source + ", line " + line + ": " + problem);
    }

    /** Throws every problem noted so far, one a line. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidCoordinators(String.join("\n", problems));
        }
    }
}
