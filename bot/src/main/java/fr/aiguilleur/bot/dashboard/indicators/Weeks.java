package fr.aiguilleur.bot.dashboard.indicators;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks as the indicators name them: "2026-W05", counted in French time. */
public final class Weeks {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Weeks() {
    }

    public static String of(Instant at) {
        return of(LocalDate.ofInstant(at, ZONE));
    }

    /** Written by hand, not with {@code String.format}: it is called at every turn. */
    public static String of(LocalDate day) {
        int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return day.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }

    /** The Monday a week starts on. */
    public static LocalDate monday(String week) {
        int year = Integer.parseInt(week.substring(0, 4));
        int number = Integer.parseInt(week.substring(6));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
