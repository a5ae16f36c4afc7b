package fr.aiguilleur.bot.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeeksTests {

    @Test
    void namesAWeekByItsWeekBasedYearAndTwoDigits() {
        assertThat(Weeks.of(LocalDate.of(2026, 1, 5))).isEqualTo("2026-W02");
        assertThat(Weeks.of(LocalDate.of(2026, 5, 20))).isEqualTo("2026-W21");
        assertThat(Weeks.of(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Weeks.of(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }

    @Test
    void countsInFrenchTime() {
        assertThat(Weeks.of(Instant.parse("2026-05-24T22:30:00Z"))).isEqualTo("2026-W22");
    }

    @Test
    void startsEachWeekOnItsMonday() {
        assertThat(Weeks.monday(Weeks.of(LocalDate.of(2026, 5, 20)))).isEqualTo(LocalDate.of(2026, 5, 18));
    }
}
