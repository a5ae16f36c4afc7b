package fr.aiguilleur.conversations.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The problems found in one operator or questionnaire file, each reported as "file, line N: problem". */
public final class YamlProblems {

    private final String source;
    private final YamlLines lines;
    private final List<String> found = new ArrayList<>();

    public YamlProblems(String source, YamlLines lines) {
        this.source = source;
        this.lines = lines;
    }

    /** The line of the node at this JSON pointer, or of its closest ancestor. */
    public int line(String pointer) {
        return lines.line(pointer);
    }

    /** Notes a problem at the node of this JSON pointer ("/questions/2/options/0"). */
    public void at(String pointer, String problem) {
        found.add(source + ", line " + line(pointer) + ": " + problem);
    }

    /** Throws every problem noted so far, one a line, as the exception the loader names. */
    public void throwIfAny(Function<String, ? extends RuntimeException> failure) {
        if (!found.isEmpty()) {
            throw failure.apply(String.join("\n", found));
        }
    }
}
