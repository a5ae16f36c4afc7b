package fr.aiguilleur.conversations.questionnaire;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** E-mail addresses as typed: a reasonable check (not the full RFC), domain lower-cased. */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}");

    private EmailAddresses() {
    }

    /** The address with its domain in lower case, or empty when it does not look like one. */
    public static Optional<String> valid(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip();
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || at <= 0 || at != address.indexOf('@')) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            return Optional.empty();
        }
        return Optional.of(local + "@" + domain);
    }
}
