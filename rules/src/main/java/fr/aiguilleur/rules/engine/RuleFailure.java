package fr.aiguilleur.rules.engine;

/**
 * The rules failed while running on some answers: a rule that keeps triggering itself (or
 * others), or a rule whose {@code then} part threw. Names the rule, for the author.
 */
public final class RuleFailure extends IllegalStateException {

    private final String rule;

    RuleFailure(String rule, String message, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule to look at, or {@code null} when not known. */
    public String rule() {
        return rule;
    }
}
