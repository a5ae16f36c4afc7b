package fr.aiguilleur.bot.followup;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The VTIMEZONE of a zone around one date, from the JDK's zone rules (no download): one standard
 * observance for a zone without daylight saving, else the transitions of the year around the date.
 */
final class ZoneDefinitions {

    private ZoneDefinitions() {
    }

    static VTimezone of(ZoneId zone, Instant around) {
        var definition = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition previous = rules.previousTransition(around);
        ZoneOffsetTransition next = rules.nextTransition(around);
        boolean changes = next != null && next.getInstant().isBefore(around.plusSeconds(400L * 24 * 3600));
        if (!changes) {
            ZoneOffset offset = rules.getOffset(around);
            var standard = new StandardTime();
            observe(standard, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
            definition.addStandardTime(standard);
            return definition;
        }
        for (ZoneOffsetTransition transition : new ZoneOffsetTransition[] {previous, next}) {
            if (transition == null) {
                continue;
            }
            boolean summer = rules.isDaylightSavings(transition.getInstant());
            Observance observance = summer ? new DaylightSavingsTime() : new StandardTime();
            observe(observance, transition.getDateTimeBefore(), transition.getOffsetBefore(),
                    transition.getOffsetAfter());
            if (summer) {
                definition.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                definition.addStandardTime((StandardTime) observance);
            }
        }
        return definition;
    }

    private static void observe(Observance observance, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(utc(from));
        observance.setTimezoneOffsetTo(utc(to));
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
