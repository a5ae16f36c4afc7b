package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.booking.CoordinatorsFile.Entry;
import fr.aiguilleur.conversations.questionnaire.EmailAddresses;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the fields of one coordinator that stand alone: visit length, formats, zone, login, e-mail. */
final class CoordinatorFields {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final int DEFAULT_MINUTES = 60;
    private static final int MIN_MINUTES = 15;
    private static final int MAX_MINUTES = 240;

    private final YamlProblems lines;
    private final Set<String> usernames = new HashSet<>();

    CoordinatorFields(YamlProblems lines) {
        this.lines = lines;
    }

    int minutes(Entry entry, String at) {
        Integer minutes = entry.visitMinutes();
        if (minutes == null) {
            return DEFAULT_MINUTES;
        }
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            lines.at(at + "/visit_minutes", "a visit lasts between " + MIN_MINUTES + " and " + MAX_MINUTES
                    + " minutes, not " + minutes);
            return DEFAULT_MINUTES;
        }
        return minutes;
    }

    Set<String> formats(Entry entry, String at) {
        if (entry.formats() == null) {
            return Coordinator.FORMATS;
        }
        if (entry.formats().isEmpty()) {
            lines.at(at + "/formats", "give at least one format: onsite, phone, video");
        }
        var formats = new LinkedHashSet<String>();
        for (int j = 0; j < entry.formats().size(); j++) {
            String format = entry.formats().get(j);
            if (!Coordinator.FORMATS.contains(format)) {
                lines.at(at + "/formats/" + j, "'" + format + "' is not a format: onsite, phone or video");
            }
            formats.add(format);
        }
        return formats;
    }

    /** The zone written, or the one of the coordinator's territories (Paris when they differ). */
    ZoneId zone(Entry entry, String at) {
        if (entry.timeZone() == null) {
            return TimeZones.ofTerritories(entry.territories());
        }
        try {
            return ZoneId.of(entry.timeZone().strip());
        } catch (DateTimeException e) {
            lines.at(at + "/time_zone", "unknown time zone '" + entry.timeZone()
                    + "' (for example: Europe/Paris, Indian/Reunion, America/Guadeloupe)");
            return null;
        }
    }

    Coordinator.DashboardLogin login(Entry entry, String at) {
        var login = entry.dashboard();
        if (login == null) {
            return null;
        }
        if (login.username() == null || !USERNAME.matcher(login.username()).matches()) {
            lines.at(at + "/dashboard", "the dashboard username is missing or malformed (letters, digits, . _ @ -)");
            return null;
        }
        if (!usernames.add(login.username())) {
            lines.at(at + "/dashboard/username", "dashboard username '" + login.username() + "' is used twice");
        }
        String hash = blankToNull(login.passwordHash());
        if (hash != null && !BCRYPT.matcher(hash).matches()) {
            lines.at(at + "/dashboard/password_hash", "the password hash is not a bcrypt hash ($2a$10$…);"
                    + " leave it out and the dashboard will make one");
        }
        return new Coordinator.DashboardLogin(login.username(), hash, Boolean.TRUE.equals(login.admin()));
    }

    void email(Entry entry, String at) {
        String email = blankToNull(entry.email());
        if (email != null && EmailAddresses.valid(email).isEmpty()) {
            lines.at(at + "/email", "'" + email + "' is not an e-mail address");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
