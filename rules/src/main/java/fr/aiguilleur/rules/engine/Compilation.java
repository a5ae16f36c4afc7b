package fr.aiguilleur.rules.engine;

import java.util.List;
import java.util.Optional;

/**
 * What building rule files gave: a rule set when there was no problem, else the problems.
 *
 * @param ruleSet  the rules, ready to use, or {@code null} on problems
 * @param problems empty when the build succeeded
 */
public record Compilation(RuleSet ruleSet, List<RuleProblem> problems) {

    public Compilation {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && ruleSet != null;
    }

    public Optional<RuleSet> rules() {
        return Optional.ofNullable(ruleSet);
    }

    /** The rule set. @throws IllegalStateException listing the problems, when there were some */
    public RuleSet orThrow() {
        if (!ok()) {
            StringBuilder text = new StringBuilder("the rules cannot be built:");
            problems.forEach(problem -> text.append("\n  ").append(problem.describe()));
            throw new IllegalStateException(text.toString());
        }
        return ruleSet;
    }
}
