package fr.aiguilleur.conversations.diagnosis;

import java.util.Objects;

/**
 * One plain-French reason behind a diagnosis: points given to a need, the autonomy found, the
 * decision taken or a service chosen.
 *
 * @param kind   what the reason explains
 * @param rule   the name of the rule that gave it, in plain words
 * @param axis   the need concerned, or {@code null} when the reason is not about one need
 * @param points points added (or removed) to the axis, or {@code null} when not a score reason
 * @param text   the reason, addressed to the person
 */
public record Reason(Kind kind, String rule, Axis axis, Integer points, String text) {

    /** What a reason explains. */
    public enum Kind {
        NEED,
        AUTONOMY,
        DECISION,
        SERVICE
    }

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }

    public static Reason need(String rule, Axis axis, int points, String text) {
        return new Reason(Kind.NEED, rule, axis, points, text);
    }

    public static Reason of(Kind kind, String rule, String text) {
        return new Reason(kind, rule, null, null, text);
    }
}
