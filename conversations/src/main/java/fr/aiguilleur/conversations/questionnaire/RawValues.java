package fr.aiguilleur.conversations.questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a raw answer value as option ids: a string, a list, or what YAML makes of some ids (a
 * boolean for {@code yes}/{@code no}, a number for an unquoted postcode).
 */
final class RawValues {

    private RawValues() {
    }

    /** The value as strings, or {@code null} when it cannot be one (a map, a nested list). */
    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            var strings = new ArrayList<String>();
            for (Object element : list) {
                String single = single(element);
                if (single == null) {
                    return null;
                }
                strings.add(single);
            }
            return strings;
        }
        String single = single(value);
        return single == null ? null : List.of(single);
    }

    private static String single(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof String || value instanceof Number) {
            return value.toString().strip();
        }
        return null;
    }
}
