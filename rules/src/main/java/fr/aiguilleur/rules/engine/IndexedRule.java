package fr.aiguilleur.rules.engine;

import java.util.List;

/**
 * Where one rule is written, found by reading the rule files as text (to report problems).
 *
 * @param file      the rule file's name
 * @param name      the rule's name
 * @param line      the line of {@code rule "…"} in a .drl file, or the row of a decision table
 * @param firstLine the line (in the .drl text, generated for a table) where the rule starts
 * @param text      the rule's lines, from {@code rule} to {@code end}
 * @param table     whether it comes from a decision table
 */
record IndexedRule(String file, String name, int line, int firstLine, List<String> text, boolean table) {

    boolean covers(int drlLine) {
        return drlLine >= firstLine && drlLine < firstLine + text.size();
    }

    /** The line to report for the rule's line at this index of its text. */
    int reportedLine(int index) {
        return table ? line : firstLine + index;
    }
}
