package fr.aiguilleur.conversations.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OpeningHoursTests {

    /** Friday 4 December 2026. */
    private static final LocalDateTime FRIDAY_MORNING = LocalDateTime.of(2026, 12, 4, 10, 0);

    @Test
    void aPlaceOpenLaterTodayIsOpenToday() {
        var opening = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").orElseThrow()
                .at(FRIDAY_MORNING.withHour(13));

        assertThat(opening.today()).isTrue();
        assertThat(opening.from()).isEqualTo(LocalTime.of(14, 0));
    }

    @Test
    void afterTheLastOpeningOfTheDayTheNextOpeningIsGiven() {
        var opening = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").orElseThrow()
                .at(FRIDAY_MORNING.withHour(19));

        assertThat(opening.today()).isFalse();
        assertThat(opening.day()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(opening.from()).isEqualTo(LocalTime.of(8, 30));
    }

    @Test
    void aLaterRuleReplacesTheEarlierOnItsDaysAndTheWeekWrapsAround() {
        var hours = OpeningHours.parse("Mo-Fr 09:00-12:00; Fr off; PH off").orElseThrow();

        var opening = hours.at(FRIDAY_MORNING);

        assertThat(opening.today()).isFalse();
        assertThat(opening.day()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void dayListsRangesOverTheWeekendAndMidnightAreRead() {
        assertThat(OpeningHours.parse("Tu,Th 14:00-17:00").orElseThrow().at(FRIDAY_MORNING).day())
                .isEqualTo(DayOfWeek.TUESDAY);
        assertThat(OpeningHours.parse("Sa-Mo 18:00-24:00").orElseThrow().at(FRIDAY_MORNING).day())
                .isEqualTo(DayOfWeek.SATURDAY);
        assertThat(OpeningHours.parse("24/7").orElseThrow().at(FRIDAY_MORNING).today()).isTrue();
    }

    @Test
    void hoursBeyondTheWeeklySubsetAreNotGuessed() {
        assertThat(OpeningHours.parse("Jan-Jun: Mo 09:00-12:00")).isEmpty();
        assertThat(OpeningHours.parse("week 1-52/2 Tu 10:00-11:00")).isEmpty();
        assertThat(OpeningHours.parse("sur rendez-vous")).isEmpty();
        assertThat(OpeningHours.parse("")).isEmpty();
    }

    @Test
    void aPlaceNeverOpenHasNoNextOpening() {
        assertThat(OpeningHours.parse("Mo-Su off").orElseThrow().at(FRIDAY_MORNING)).isNull();
    }
}
