package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.dashboard.indicators.Weeks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days the indicators cover, both ends included; an open end covers everything on its side.
 *
 * @param from first day, or {@code null}
 * @param to   last day, or {@code null}
 */
record Period(LocalDate from, LocalDate to) {

    boolean contains(Instant at) {
        if (from == null && to == null) {
            return true;
        }
        if (at == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(at, Weeks.ZONE);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether any day of the week ("2026-W20") falls in the period. */
    boolean overlaps(String week) {
        LocalDate monday = Weeks.monday(week);
        return (to == null || !monday.isAfter(to)) && (from == null || !monday.plusDays(6).isBefore(from));
    }
}
