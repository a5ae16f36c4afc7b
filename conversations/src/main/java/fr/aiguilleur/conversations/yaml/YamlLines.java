package fr.aiguilleur.conversations.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line where each node of a YAML document starts, by JSON pointer ("/questions/3/options/1"),
 * so that problems found after parsing can name their line.
 */
public final class YamlLines {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Map<String, Integer> byPointer;

    private YamlLines(Map<String, Integer> byPointer) {
        this.byPointer = byPointer;
    }

    /** Indexes a document; for a broken one, the nodes before the break. */
    public static YamlLines of(String yaml) {
        var lines = new HashMap<String, Integer>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointer = parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            return new YamlLines(lines);
        }
        return new YamlLines(lines);
    }

    /** The line of the node at this pointer, or of its closest ancestor; 1 when unknown. */
    public int line(String pointer) {
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
}
