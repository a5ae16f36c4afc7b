package fr.aiguilleur.conversations.places;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One row of a places file (fields by lower-case name): what is wrong with it, or the place. */
final class PlaceRow {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    /** The standard separates values with ";"; files in the wild also use "|" (its own example). */
    private static final Pattern VALUES = Pattern.compile("[;|]");
    /** Lists of names that never hold a comma also come comma-separated. */
    private static final Pattern NAMES = Pattern.compile("[;|]|,\\s*");

    private PlaceRow() {
    }

    static Optional<String> problem(Map<String, String> row) {
        for (String needed : List.of("id", "nom", "commune", "services")) {
            if (blank(row.get(needed))) {
                return Optional.of("no " + needed);
            }
        }
        if (!POSTCODE.matcher(text(row, "code_postal")).matches()) {
            return Optional.of("code_postal is not five digits: '" + text(row, "code_postal") + "'");
        }
        if (blank(row.get("latitude")) || blank(row.get("longitude"))) {
            return Optional.of("no latitude or longitude");
        }
        try {
            new Position(number(row, "latitude"), number(row, "longitude"));
        } catch (IllegalArgumentException e) {
            return Optional.of("latitude or longitude is not a position: '" + text(row, "latitude") + "', '"
                    + text(row, "longitude") + "'");
        }
        try {
            LocalDate.parse(text(row, "date_maj"));
        } catch (DateTimeParseException e) {
            return Optional.of("date_maj is not a date (YYYY-MM-DD): '" + text(row, "date_maj") + "'");
        }
        return Optional.empty();
    }

    /** The place of a row without {@link #problem}. */
    static Place place(Map<String, String> row) {
        return new Place(text(row, "id"), text(row, "nom"), text(row, "commune"), text(row, "code_postal"),
                optional(row, "code_insee"), text(row, "adresse"),
                new Position(number(row, "latitude"), number(row, "longitude")),
                optional(row, "telephone"), split(row, "courriels", NAMES), split(row, "site_web", NAMES),
                optional(row, "horaires"), split(row, "services", NAMES),
                split(row, "publics_specifiquement_adresses", NAMES), split(row, "frais_a_charge", VALUES),
                split(row, "dispositif_programmes_nationaux", NAMES), split(row, "modalites_accompagnement", VALUES),
                optional(row, "prise_rdv"), LocalDate.parse(text(row, "date_maj")));
    }

    private static double number(Map<String, String> row, String field) {
        try {
            return Double.parseDouble(text(row, field).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> split(Map<String, String> row, String field, Pattern separator) {
        String value = row.get(field);
        if (blank(value)) {
            return List.of();
        }
        return Arrays.stream(separator.split(value)).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private static String optional(Map<String, String> row, String field) {
        return blank(row.get(field)) ? null : row.get(field).strip();
    }

    private static String text(Map<String, String> row, String field) {
        String value = row.get(field);
        return value == null ? "" : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
