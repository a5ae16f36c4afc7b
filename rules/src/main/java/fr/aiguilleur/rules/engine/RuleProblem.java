package fr.aiguilleur.rules.engine;

/**
 * A problem that keeps rule files from being used, told in the author's terms.
 *
 * @param file    the rule file's name, or {@code null} when the problem is not in one file
 * @param line    the line (for a decision table: the row) in that file, or 0 when unknown
 * @param rule    the rule's name, or {@code null} when the problem is not in one rule
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, String rule, String message) {

    /** A problem in the rule of that name (file and line found in the files), or in no rule known. */
    public static RuleProblem inRule(RuleFiles files, String rule, String message) {
        var indexed = rule == null ? java.util.Optional.<IndexedRule>empty() : RuleIndex.of(files).named(rule);
        return new RuleProblem(indexed.map(IndexedRule::file).orElse(null), indexed.map(IndexedRule::line).orElse(0),
                rule, message);
    }

    /** One line for a terminal: {@code presence-needs.drl:12 rule "…": message}. */
    public String describe() {
        var text = new StringBuilder(file == null ? "(rules)" : file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (rule != null) {
            text.append(" rule \"").append(rule).append('"');
        }
        return text.append(": ").append(message).toString();
    }
}
