package fr.aiguilleur.conversations.questionnaire;

import java.util.Optional;
import java.util.regex.Pattern;

/** First names as typed: 1 to 60 letters (accents included), spaces, hyphens, apostrophes. */
public final class FirstNames {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '’\\-]{0,59}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FirstNames() {
    }

    /** The first name, trimmed and with single spaces, or empty when it does not look like one. */
    public static Optional<String> valid(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = SPACES.matcher(typed.strip()).replaceAll(" ");
        return NAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }
}
