package fr.aiguilleur.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule as its author wrote it, for checks that read rule text: its file, name, and lines with
 * the line number to report for each (for a decision table, the row, for every line of the rule
 * Drools generates from it).
 *
 * @param file  the rule file's name
 * @param name  the rule's name
 * @param line  where the rule starts (the {@code rule "…"} line, or the table row)
 * @param lines the rule's lines, from {@code rule} to {@code end}
 * @param table whether it comes from a decision table
 */
public record WrittenRule(String file, String name, int line, List<Line> lines, boolean table) {

    /** One line of a rule and the line number to report for it. */
    public record Line(int number, String text) {
    }

    /** Every rule of these files, in file order; a table Drools cannot read gives none. */
    public static List<WrittenRule> of(RuleFiles files) {
        List<WrittenRule> rules = new ArrayList<>();
        for (IndexedRule rule : RuleIndex.of(files).rules()) {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < rule.text().size(); i++) {
                lines.add(new Line(rule.reportedLine(i), rule.text().get(i)));
            }
            rules.add(new WrittenRule(rule.file(), rule.name(), rule.line(), List.copyOf(lines), rule.table()));
        }
        return rules;
    }

    /** The problem "message" located at this rule. */
    public RuleProblem problem(int at, String message) {
        return new RuleProblem(file, at, name, message);
    }
}
