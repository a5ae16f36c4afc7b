package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The filters of the lead list and its export. Values that cannot be read are ignored, never an
 * error: the list then shows more, not a failure.
 *
 * @param status      one status, or {@code null} for all
 * @param departement a département code ("33", "2A"), or {@code null}
 * @param priority    a visit priority, or {@code null}
 * @param need        an axis whose need is medium or high, or {@code null}
 * @param from        first day of the period (included), or {@code null}
 * @param to          last day of the period (included), or {@code null}
 * @param search      text found in the first name, postcode or source, or {@code null}
 */
record LeadFilter(LeadStatus status, String departement, Priority priority, Axis need, LocalDate from, LocalDate to,
        String search) {

    /** Days of the period are read in French time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    static final LeadFilter NONE = new LeadFilter(null, null, null, null, null, null, null);

    /** Reads the query parameters of the list page. */
    static LeadFilter of(Map<String, String> query) {
        return new LeadFilter(
                read(query.get("status"), value -> LeadStatus.valueOf(value.toUpperCase(Locale.ROOT))),
                read(query.get("departement"), value -> value.strip().toUpperCase(Locale.ROOT)),
                read(query.get("priority"), value -> Priority.valueOf(value.toUpperCase(Locale.ROOT))),
                read(query.get("need"), value -> Axis.valueOf(value.toUpperCase(Locale.ROOT))),
                read(query.get("from"), LocalDate::parse),
                read(query.get("to"), LocalDate::parse),
                read(query.get("q"), value -> value.strip().length() > 100 ? value.strip().substring(0, 100)
                        : value.strip()));
    }

    boolean matches(Lead lead) {
        return (status == null || lead.status() == status)
                && (departement == null || departement.equals(lead.departement()))
                && (priority == null || lead.diagnosis() != null && lead.diagnosis().priority() == priority)
                && (need == null || needs(lead))
                && inPeriod(lead)
                && (search == null || found(lead));
    }

    private boolean needs(Lead lead) {
        return lead.diagnosis() != null && lead.diagnosis().levels().get(need) != null
                && lead.diagnosis().level(need) != Level.LOW;
    }

    private boolean inPeriod(Lead lead) {
        if (from == null && to == null) {
            return true;
        }
        if (lead.createdAt() == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(lead.createdAt(), ZONE);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private boolean found(Lead lead) {
        String wanted = search.toLowerCase(Locale.FRENCH);
        return contains(lead.firstName(), wanted) || contains(lead.postcode(), wanted)
                || contains(lead.source(), wanted);
    }

    private static boolean contains(String field, String wanted) {
        return field != null && field.toLowerCase(Locale.FRENCH).contains(wanted);
    }

    private static <T> T read(String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
