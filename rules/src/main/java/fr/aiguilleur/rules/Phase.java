package fr.aiguilleur.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps a diagnosis goes through, in order. Each rule belongs to one step through its
 * {@code agenda-group} (written once at the top of a rule file): a step starts when the one before
 * has nothing left to do.
 */
public enum Phase {
    /** Answers give points to the needs. */
    POINTS("points"),
    /** Points are added up into scores, then levels. */
    NEEDS("needs"),
    /** The person's digital autonomy. */
    AUTONOMY("autonomy"),
    /** Redirect, visit or services, and the visit's priority. */
    ORIENTATION("orientation"),
    /** The services to point to. */
    SERVICES("services"),
    /** The places near the person, among those of the national file of digital-mediation places. */
    PLACES("places");

    private final String group;

    Phase(String group) {
        this.group = group;
    }

    /** The agenda-group name the rule files use. */
    public String group() {
        return group;
    }

    public static Optional<Phase> ofGroup(String group) {
        return Arrays.stream(values()).filter(phase -> phase.group.equals(group)).findFirst();
    }

    public static List<String> groups() {
        return Arrays.stream(values()).map(Phase::group).toList();
    }
}
