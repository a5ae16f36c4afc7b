package fr.aiguilleur.conversations.questionnaire;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one questionnaire file, each with its line. */
final class Problems {

    private final String source;
    private final YamlLines lines;
    private final List<String> found = new ArrayList<>();

    Problems(String source, YamlLines lines) {
        this.source = source;
        this.lines = lines;
    }

    /** Notes a problem at the node of this JSON pointer ("/questions/2/options/0"). */
    void at(String pointer, String problem) {
        found.add(source + ", line " + lines.line(pointer) + ": " + problem);
    }

    /** @throws InvalidQuestionnaire listing every problem, when there is one */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidQuestionnaire(String.join("\n", found));
        }
    }
}
