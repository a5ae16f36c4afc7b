package fr.aiguilleur.conversations.diagnosis;

import fr.aiguilleur.conversations.places.PlaceChoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rule base concluded from one set of answers (diagnostic model v1, section 5).
 *
 * @param scores               0..100 for each axis (all four present, except for a redirect where
 *                             they may be empty)
 * @param levels               the level of each scored axis
 * @param autonomy             the person's digital autonomy ({@code null} for a redirect)
 * @param decision             where the person is oriented
 * @param priority             {@code HIGH} or {@code NORMAL} for a visit, {@code null} otherwise
 * @param services             ids from the services catalogue, in the order to show them
 * @param reasons              every reason, in the order the rules gave them
 * @param questionnaireVersion the questionnaire version the answers were given on
 * @param rulesVersion         the version (content hash) of the rules that decided
 * @param places               the places near the person the rules chose, nearest need first (empty
 *                             without a postcode or without places)
 */
public record Diagnosis(
        Map<Axis, Integer> scores,
        Map<Axis, Level> levels,
        Level autonomy,
        Decision decision,
        Priority priority,
        List<String> services,
        List<Reason> reasons,
        String questionnaireVersion,
        String rulesVersion,
        List<PlaceChoice> places) {

    public Diagnosis {
        places = places == null ? List.of() : List.copyOf(places);
        scores = Map.copyOf(scores);
        levels = Map.copyOf(levels);
        Objects.requireNonNull(decision, "decision");
        services = List.copyOf(services);
        reasons = List.copyOf(reasons);
    }

    /** A diagnosis without places. */
    public Diagnosis(Map<Axis, Integer> scores, Map<Axis, Level> levels, Level autonomy, Decision decision,
            Priority priority, List<String> services, List<Reason> reasons, String questionnaireVersion,
            String rulesVersion) {
        this(scores, levels, autonomy, decision, priority, services, reasons, questionnaireVersion, rulesVersion,
                List.of());
    }

    /** The same diagnosis with these places. */
    public Diagnosis withPlaces(List<PlaceChoice> chosen) {
        return new Diagnosis(scores, levels, autonomy, decision, priority, services, reasons, questionnaireVersion,
                rulesVersion, chosen);
    }

    public int score(Axis axis) {
        return scores.getOrDefault(axis, 0);
    }

    public Level level(Axis axis) {
        return levels.getOrDefault(axis, Level.LOW);
    }
}
