package fr.aiguilleur.conversations.booking;

import fr.aiguilleur.conversations.booking.CoordinatorsFile.WindowEntry;
import fr.aiguilleur.conversations.yaml.YamlProblems;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the weekly availability windows of one coordinator ({@code {day: MONDAY, from: "07:00", to: "09:00"}}). */
final class Windows {

    /** Operators may write the days in French too. */
    private static final Map<String, DayOfWeek> FRENCH_DAYS = Map.of("LUNDI", DayOfWeek.MONDAY,
            "MARDI", DayOfWeek.TUESDAY, "MERCREDI", DayOfWeek.WEDNESDAY, "JEUDI", DayOfWeek.THURSDAY,
            "VENDREDI", DayOfWeek.FRIDAY, "SAMEDI", DayOfWeek.SATURDAY, "DIMANCHE", DayOfWeek.SUNDAY);

    private final YamlProblems lines;
    private final String at;

    Windows(YamlProblems lines, String at) {
        this.lines = lines;
        this.at = at;
    }

    /** The windows, or {@code null} when one is wrong (the problem is noted). */
    List<Coordinator.Window> read(List<WindowEntry> entries, int visitMinutes) {
        var windows = new ArrayList<Coordinator.Window>();
        boolean ok = true;
        for (int i = 0; entries != null && i < entries.size(); i++) {
            Coordinator.Window window = window(entries.get(i), at + "/" + i, visitMinutes);
            ok &= window != null;
            if (window != null) {
                windows.add(window);
            }
        }
        return ok ? windows : null;
    }

    private Coordinator.Window window(WindowEntry entry, String where, int visitMinutes) {
        if (entry == null) {
            lines.at(where, "this window is empty: write {day: MONDAY, from: \"07:00\", to: \"09:00\"}");
            return null;
        }
        DayOfWeek day = day(entry.day(), where);
        LocalTime from = time(entry.from(), where + "/from", "from");
        LocalTime to = time(entry.to(), where + "/to", "to");
        if (day == null || from == null || to == null) {
            return null;
        }
        if (Duration.between(from, to).toMinutes() < visitMinutes) {
            lines.at(where, "the window " + from + "–" + to + " is shorter than a visit (" + visitMinutes
                    + " minutes), or ends before it starts");
            return null;
        }
        return new Coordinator.Window(day, from, to);
    }

    private DayOfWeek day(String written, String where) {
        String day = written == null ? "" : written.strip().toUpperCase(Locale.ROOT);
        if (FRENCH_DAYS.containsKey(day)) {
            return FRENCH_DAYS.get(day);
        }
        try {
            return DayOfWeek.valueOf(day);
        } catch (IllegalArgumentException e) {
            lines.at(where, "'" + written + "' is not a day: MONDAY … SUNDAY (or lundi … dimanche)");
            return null;
        }
    }

    private LocalTime time(String written, String where, String field) {
        String text = written == null ? "" : written.strip();
        try {
            return LocalTime.parse(text.matches("\\d:\\d\\d") ? "0" + text : text);
        } catch (DateTimeParseException e) {
            lines.at(where, "'" + field + "' is not a time like \"07:00\" (got '" + written + "')");
            return null;
        }
    }
}
