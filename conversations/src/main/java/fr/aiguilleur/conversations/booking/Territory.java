package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.questionnaire.Postcodes;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One territory of a coordinator: everywhere ("*"), a département ("33", "2A", "974") or a
 * postcode prefix of 3 to 5 digits ("331"). The more specific one wins when several match.
 *
 * @param code        as written in the file
 * @param specificity 0 for everywhere, 1 for a département, the prefix length for a prefix
 */
record Territory(String code, int specificity) {

    static final String EVERYWHERE = "*";

    private static final Pattern PREFIX = Pattern.compile("\\d{3,5}");

    /** The territory written as {@code code}, or empty when it is none of the three forms. */
    static Optional<Territory> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String trimmed = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (EVERYWHERE.equals(trimmed)) {
            return Optional.of(new Territory(trimmed, 0));
        }
        if (isDepartement(trimmed)) {
            return Optional.of(new Territory(trimmed, 1));
        }
        if (PREFIX.matcher(trimmed).matches() && Postcodes.departement(trimmed + "00000".substring(trimmed.length()))
                .isPresent()) {
            return Optional.of(new Territory(trimmed, trimmed.length()));
        }
        return Optional.empty();
    }

    /** Whether the person's place falls in this territory. */
    boolean covers(Place place) {
        if (specificity == 0) {
            return true;
        }
        if (specificity == 1) {
            return code.equals(place.departement());
        }
        return place.postcode() != null && place.postcode().startsWith(code);
    }

    private static boolean isDepartement(String code) {
        if (!code.matches("\\d{2,3}|2[AB]")) {
            return false;
        }
        String sample = switch (code) {
            case "2A" -> "20000";
            case "2B" -> "20200";
            default -> code + "00000".substring(code.length());
        };
        return Postcodes.departement(sample).filter(code::equals).isPresent();
    }

    /**
     * Where a person is: a postcode and its département, or only a département code.
     *
     * @param postcode    five digits, or {@code null} when only the département is known
     * @param departement the département code, or {@code null} when unknown
     */
    record Place(String postcode, String departement) {

        /** Reads a postcode ("33210") or a département code ("33", "2a"); unknown places have no département. */
        static Place of(String postcodeOrDepartement) {
            if (postcodeOrDepartement == null) {
                return new Place(null, null);
            }
            String code = postcodeOrDepartement.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            Optional<String> departement = Postcodes.departement(code);
            if (departement.isPresent()) {
                return new Place(code, departement.get());
            }
            return new Place(null, isDepartement(code) ? code : null);
        }
    }
}
