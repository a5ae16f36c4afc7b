package fr.aiguilleur.conversations.booking;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * The moments a person can choose ({@code availability} option ids) as times of a slot's start:
 * {@code early} before 09:00, {@code lunch} from 11:30 to before 14:00, {@code evening} from 17:30,
 * {@code weekend} on Saturday or Sunday, {@code any} at any time. A slot fits when it fits one of
 * the moments chosen; no moment (or only unknown ones) means any time. The times are the person's
 * own, and whatever the moments a slot starts in their day, from 06:00 to before 21:30.
 */
public final class Moments {

    public static final String EARLY = "early";
    public static final String LUNCH = "lunch";
    public static final String EVENING = "evening";
    public static final String WEEKEND = "weekend";
    public static final String ANY = "any";

    /** Whatever the moments, a slot starts in the person's day: from 06:00 to before 21:30. */
    private static final LocalTime DAY_FROM = LocalTime.of(6, 0);
    private static final LocalTime DAY_BEFORE = LocalTime.of(21, 30);
    private static final LocalTime EARLY_BEFORE = LocalTime.of(9, 0);
    private static final LocalTime LUNCH_FROM = LocalTime.of(11, 30);
    private static final LocalTime LUNCH_BEFORE = LocalTime.of(14, 0);
    private static final LocalTime EVENING_FROM = LocalTime.of(17, 30);

    private Moments() {
    }

    /** The test of a slot's local start against the moments chosen. */
    static Predicate<LocalDateTime> of(List<String> moments) {
        List<Predicate<LocalDateTime>> known = (moments == null ? List.<String>of() : moments).stream()
                .map(Moments::moment)
                .filter(java.util.Objects::nonNull)
                .toList();
        Predicate<LocalDateTime> awake = start -> !start.toLocalTime().isBefore(DAY_FROM)
                && start.toLocalTime().isBefore(DAY_BEFORE);
        return known.isEmpty() ? awake : awake.and(start -> known.stream().anyMatch(moment -> moment.test(start)));
    }

    private static Predicate<LocalDateTime> moment(String id) {
        if (id == null) {
            return null;
        }
        return switch (id) {
            case EARLY -> start -> start.toLocalTime().isBefore(EARLY_BEFORE);
            case LUNCH -> start -> !start.toLocalTime().isBefore(LUNCH_FROM) && start.toLocalTime().isBefore(LUNCH_BEFORE);
            case EVENING -> start -> !start.toLocalTime().isBefore(EVENING_FROM);
            case WEEKEND -> start -> start.getDayOfWeek() == DayOfWeek.SATURDAY
                    || start.getDayOfWeek() == DayOfWeek.SUNDAY;
            case ANY -> start -> true;
            default -> null;
        };
    }
}
