package fr.aiguilleur.conversations.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * French phone numbers as people type them ("06 12 34 56 78", "+33 6 12…", "0033…", dots, dashes),
 * turned into E.164 ("+33612345678"). Overseas numbers of La Réunion and Mayotte (+262),
 * Guadeloupe (+590), Guyane (+594) and Martinique (+596) get their own country code.
 */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/()\\u00a0]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(33|262|590|594|596)[1-9]\\d{8}");

    /** National prefixes of overseas numbers and their country code. */
    private static final List<Overseas> OVERSEAS = List.of(
            new Overseas("+262", List.of("0262", "0263", "0269", "0692", "0693", "0639")),
            new Overseas("+590", List.of("0590", "0690", "0691")),
            new Overseas("+594", List.of("0594", "0694")),
            new Overseas("+596", List.of("0596", "0696", "0697")));

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty when it is not a French number. */
    public static Optional<String> e164(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(typed.strip().replace("(0)", "")).replaceAll("");
        if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        if (number.startsWith("+33") && number.length() == 13 && number.charAt(3) == '0') {
            return Optional.empty();
        }
        if (INTERNATIONAL.matcher(number).matches()) {
            return Optional.of(number);
        }
        if (NATIONAL.matcher(number).matches()) {
            return Optional.of(countryCode(number) + number.substring(1));
        }
        return Optional.empty();
    }

    private static String countryCode(String national) {
        return OVERSEAS.stream()
                .filter(overseas -> overseas.prefixes().stream().anyMatch(national::startsWith))
                .map(Overseas::countryCode)
                .findFirst()
                .orElse("+33");
    }

    private record Overseas(String countryCode, List<String> prefixes) {
    }
}
