package fr.aiguilleur.conversations.diagnosis;

import java.util.Objects;

/**
 * One reason behind a diagnosis, in French and in English: points given to a need, the autonomy
 * found, the decision taken or a service chosen. Both texts come from the rule files.
 *
 * @param kind    what the reason explains
 * @param rule    the name of the rule that gave it, in plain words
 * @param axis    the need concerned, or {@code null} when the reason is not about one need
 * @param points  points added (or removed) to the axis, or {@code null} when not a score reason
 * @param text    the reason in French, addressed to the person
 * @param english the reason in English, or {@code null} for a reason stored before reasons had two
 *                languages (the French text is shown then)
 */
public record Reason(Kind kind, String rule, Axis axis, Integer points, String text, String english) {

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

    /** A reason in French only (as stored before reasons had two languages). */
    public Reason(Kind kind, String rule, Axis axis, Integer points, String text) {
        this(kind, rule, axis, points, text, null);
    }

    public static Reason need(String rule, Axis axis, int points, String text) {
        return new Reason(Kind.NEED, rule, axis, points, text, null);
    }

    public static Reason need(String rule, Axis axis, int points, String text, String english) {
        return new Reason(Kind.NEED, rule, axis, points, text, english);
    }

    public static Reason of(Kind kind, String rule, String text) {
        return new Reason(kind, rule, null, null, text, null);
    }

    public static Reason of(Kind kind, String rule, String text, String english) {
        return new Reason(kind, rule, null, null, text, english);
    }

    /** The text in this language ("fr", "en"); French when there is no text in that language. */
    public String text(String language) {
        return "en".equals(language) && english != null && !english.isBlank() ? english : text;
    }
}
