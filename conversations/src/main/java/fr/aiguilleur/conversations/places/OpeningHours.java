package fr.aiguilleur.conversations.places;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly subset of OpenStreetMap {@code opening_hours} that the national file uses: rules
 * separated by ";", each with days ("Mo-Fr", "Tu,Th", "Sa") and times ("09:00-12:00,14:00-18:30")
 * or "off"/"closed", and "24/7". A later rule replaces the earlier one on its days, as in OSM.
 * Public-holiday rules ("PH off") are left aside (the next opening may then fall on a holiday).
 * Anything else (months, dates, weeks, comments) is not read: the place's hours are then shown as
 * written.
 */
public final class OpeningHours {

    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern DAY_RANGE = Pattern.compile("(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?");
    private static final Pattern TIME_RANGE = Pattern.compile("([01]?\\d|2[0-4]):([0-5]\\d)-([01]?\\d|2[0-4]):([0-5]\\d)");

    private final Map<DayOfWeek, List<TimeRange>> week;

    private OpeningHours(Map<DayOfWeek, List<TimeRange>> week) {
        this.week = week;
    }

    /** The hours, or empty when the text uses more than this subset (or is blank). */
    public static Optional<OpeningHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
        if (text.strip().equals("24/7")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, List.of(new TimeRange(LocalTime.MIN, LocalTime.MAX)));
            }
            return Optional.of(new OpeningHours(week));
        }
        for (String rule : text.split(";")) {
            if (!rule.isBlank() && !read(rule.strip(), week)) {
                return Optional.empty();
            }
        }
        return Optional.of(new OpeningHours(week));
    }

    /** Open at some time today (now or later), or else the next day and time it opens. */
    public Opening at(LocalDateTime now) {
        for (TimeRange range : week.getOrDefault(now.getDayOfWeek(), List.of())) {
            if (range.to().isAfter(now.toLocalTime())) {
                return new Opening(true, now.getDayOfWeek(), range.from(), range.to());
            }
        }
        for (int ahead = 1; ahead <= 7; ahead++) {
            DayOfWeek day = now.getDayOfWeek().plus(ahead);
            List<TimeRange> ranges = week.getOrDefault(day, List.of());
            if (!ranges.isEmpty()) {
                return new Opening(false, day, ranges.get(0).from(), ranges.get(0).to());
            }
        }
        return null;
    }

    private static boolean read(String rule, Map<DayOfWeek, List<TimeRange>> week) {
        if (rule.startsWith("PH")) {
            return true;
        }
        int space = rule.indexOf(' ');
        if (space < 0) {
            return false;
        }
        List<DayOfWeek> days = days(rule.substring(0, space));
        String times = rule.substring(space + 1).strip();
        if (days == null) {
            return false;
        }
        if (times.equals("off") || times.equals("closed")) {
            days.forEach(day -> week.put(day, List.of()));
            return true;
        }
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : times.split(",")) {
            Matcher time = TIME_RANGE.matcher(part.strip());
            if (!time.matches()) {
                return false;
            }
            ranges.add(new TimeRange(time(time.group(1), time.group(2)), time(time.group(3), time.group(4))));
        }
        days.forEach(day -> week.put(day, List.copyOf(ranges)));
        return true;
    }

    private static List<DayOfWeek> days(String selector) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : selector.split(",")) {
            if (part.equals("PH")) {
                continue;
            }
            Matcher range = DAY_RANGE.matcher(part);
            if (!range.matches()) {
                return null;
            }
            int from = DAYS.indexOf(range.group(1));
            int to = range.group(2) == null ? from : DAYS.indexOf(range.group(2));
            for (int i = from; ; i = (i + 1) % 7) {
                days.add(DayOfWeek.of(i + 1));
                if (i == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        return h == 24 ? LocalTime.MAX : LocalTime.of(h, Integer.parseInt(minutes));
    }

    /** A span of opening within a day. */
    public record TimeRange(LocalTime from, LocalTime to) {
    }

    /**
     * When a place is open next.
     *
     * @param today whether it is open today (now or later today)
     * @param day   the day of that opening
     * @param from  from
     * @param to    to
     */
    public record Opening(boolean today, DayOfWeek day, LocalTime from, LocalTime to) {
    }
}
