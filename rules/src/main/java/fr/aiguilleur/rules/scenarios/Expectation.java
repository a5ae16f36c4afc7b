package fr.aiguilleur.rules.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import java.util.List;
import java.util.Map;

/**
 * What a scenario expects; {@code null} (or empty) parts are not checked.
 *
 * @param decision        the decision
 * @param priority        the visit's priority
 * @param autonomy        the autonomy
 * @param scores          exact scores, for the axes given
 * @param levels          levels, for the axes given
 * @param services        the exact list of services, in order
 * @param servicesInclude services that must be in the list, in any order
 * @param servicesExclude services that must not be in the list
 * @param places          the exact list of the ids of the places chosen, in order (against the
 *                        packaged sample of places, or the file given with --places)
 */
public record Expectation(
        Decision decision,
        Priority priority,
        Level autonomy,
        Map<Axis, Integer> scores,
        Map<Axis, Level> levels,
        List<String> services,
        @JsonProperty("services_include") List<String> servicesInclude,
        @JsonProperty("services_exclude") List<String> servicesExclude,
        List<String> places) {

    static final Expectation NOTHING = new Expectation(null, null, null, null, null, null, null, null, null);

    public Expectation {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        services = services == null ? null : List.copyOf(services);
        servicesInclude = servicesInclude == null ? List.of() : List.copyOf(servicesInclude);
        servicesExclude = servicesExclude == null ? List.of() : List.copyOf(servicesExclude);
        places = places == null ? null : List.copyOf(places);
    }
}
