package fr.aiguilleur.conversations.questionnaire;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** French postcodes: which ones exist, and the département each belongs to. */
public final class Postcodes {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    /** Overseas départements and collectivities whose postcodes start with these three digits. */
    private static final Set<String> OVERSEAS = Set.of("971", "972", "973", "974", "975", "976", "986", "987", "988");
    private static final int LAST_CORSE_DU_SUD = 20199;

    private Postcodes() {
    }

    /**
     * The département of a postcode: "33210" → "33", "20000" → "2A", "20200" → "2B",
     * "97400" → "974"; empty for a malformed or non-existent postcode.
     */
    public static Optional<String> departement(String postcode) {
        return normalise(postcode).flatMap(Postcodes::departementOf);
    }

    /** The postcode as five digits (spaces removed), when it can exist. */
    public static Optional<String> valid(String postcode) {
        return normalise(postcode).filter(code -> departementOf(code).isPresent());
    }

    private static Optional<String> normalise(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String code = postcode.strip().replace(" ", "");
        return FIVE_DIGITS.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    private static Optional<String> departementOf(String code) {
        String two = code.substring(0, 2);
        int number = Integer.parseInt(two);
        if (number == 20) {
            return Optional.of(Integer.parseInt(code) <= LAST_CORSE_DU_SUD ? "2A" : "2B");
        }
        if (number >= 1 && number <= 95) {
            return Optional.of(two);
        }
        String three = code.substring(0, 3);
        return OVERSEAS.contains(three) ? Optional.of(three) : Optional.empty();
    }
}
