package fr.aiguilleur.conversations.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A person who visits or calls the businesses of some territories, with the weekly times they
 * keep free for it. Read from {@code config/coordinators.yaml}.
 *
 * @param id             short stable id, part of each slot id (1–8 of a–z, 0–9, "_", "-")
 * @param name           as shown to operators and in notifications
 * @param territories    département codes ("33", "2A", "974"), postcode prefixes ("331") or "*"
 *                       for everywhere
 * @param telegramChatId where to notify the coordinator on Telegram, or {@code null}
 * @param email          where to notify the coordinator by e-mail, or {@code null}
 * @param availability   the weekly windows in which visits can be booked
 * @param visitMinutes   the length of a visit, hence of each slot
 * @param formats        the formats offered: onsite, phone, video ({@code visit_format} option ids)
 * @param zone           the time zone of the windows and slots (Europe/Paris unless set)
 * @param dashboard      the coordinator's dashboard login, or {@code null} for none
 * @param fallback       true for the one coordinator who gets the territories nobody covers
 */
public record Coordinator(
        String id,
        String name,
        List<String> territories,
        Long telegramChatId,
        String email,
        List<Window> availability,
        int visitMinutes,
        Set<String> formats,
        ZoneId zone,
        DashboardLogin dashboard,
        boolean fallback) {

    /** The time zone of a coordinator who sets none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    /** The visit formats, as the ids of the {@code visit_format} options. */
    public static final Set<String> FORMATS = Set.of("onsite", "phone", "video");

    public Coordinator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        territories = territories == null ? List.of() : List.copyOf(territories);
        availability = availability == null ? List.of() : List.copyOf(availability);
        formats = formats == null ? FORMATS : Set.copyOf(formats);
        zone = zone == null ? DEFAULT_ZONE : zone;
        if (visitMinutes <= 0) {
            throw new IllegalArgumentException("a visit lasts at least a minute");
        }
    }

    /** Whether the coordinator offers this format ({@code null}: any format will do). */
    public boolean offers(String format) {
        return format == null || formats.contains(format);
    }

    /**
     * A weekly time range in which visits may start and end, e.g. Monday 07:00–09:00.
     *
     * @param day  the day of the week
     * @param from the earliest start
     * @param to   the latest end
     */
    public record Window(DayOfWeek day, LocalTime from, LocalTime to) {

        public Window {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a window ends after it starts");
            }
        }
    }

    /**
     * How a coordinator signs in to the dashboard.
     *
     * @param username     the login
     * @param passwordHash a bcrypt hash, or {@code null} until the dashboard sets one
     * @param admin        true when the coordinator sees every lead and manages the others
     */
    public record DashboardLogin(String username, String passwordHash, boolean admin) {

        public DashboardLogin {
            Objects.requireNonNull(username, "username");
        }

        @Override
        public String toString() {
            return "DashboardLogin[username=" + username + ", admin=" + admin + "]";
        }
    }
}
