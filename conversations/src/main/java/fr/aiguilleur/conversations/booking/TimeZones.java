package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time zone of a place, from its département: 971, 977, 978 America/Guadeloupe; 972
 * America/Martinique; 973 America/Cayenne; 974 Indian/Reunion; 975 America/Miquelon; 976
 * Indian/Mayotte; everywhere else Europe/Paris.
 */
public final class TimeZones {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Map<String, ZoneId> OVERSEAS = Map.of(
            "971", ZoneId.of("America/Guadeloupe"), "977", ZoneId.of("America/Guadeloupe"),
            "978", ZoneId.of("America/Guadeloupe"), "972", ZoneId.of("America/Martinique"),
            "973", ZoneId.of("America/Cayenne"), "974", ZoneId.of("Indian/Reunion"),
            "975", ZoneId.of("America/Miquelon"), "976", ZoneId.of("Indian/Mayotte"));

    private TimeZones() {
    }

    /** The zone of a département code ("974", "33", "2A"); Paris for any other or {@code null}. */
    public static ZoneId ofDepartement(String departement) {
        return departement == null ? PARIS : OVERSEAS.getOrDefault(departement, PARIS);
    }

    /** The zone of a postcode ("97122") or a département code; Paris when unknown. */
    public static ZoneId ofPlace(String postcodeOrDepartement) {
        if (postcodeOrDepartement == null) {
            return PARIS;
        }
        return ofDepartement(Postcodes.departement(postcodeOrDepartement)
                .orElse(Territory.Place.of(postcodeOrDepartement).departement()));
    }

    /**
     * The zone of a coordinator who sets none: the one of its territories when they all share one
     * (a coordinator of "971" is in Guadeloupe), else Paris.
     */
    static ZoneId ofTerritories(List<String> territories) {
        Set<ZoneId> zones = (territories == null ? List.<String>of() : territories).stream()
                .filter(Objects::nonNull)
                .map(code -> ofDepartement(code.startsWith("97") && code.length() >= 3 ? code.substring(0, 3) : code))
                .collect(Collectors.toSet());
        return zones.size() == 1 ? zones.iterator().next() : PARIS;
    }
}
