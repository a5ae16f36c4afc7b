package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.SlotLabels;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SlotFormTests {

    private static final LocalDateTime START = LocalDateTime.parse("2026-11-24T18:00");

    @Test
    void writesAPlannersSlotAsItsIdAndMinutes() {
        var slot = new VisitSlot("demo-261124-1800", "demo", START, 60, "Mardi 24 novembre à 18 h 00");

        assertThat(SlotForm.shortForm(slot)).contains("demo-261124-1800 60");
        assertThat(SlotForm.read("demo-261124-1800 60")).contains(slot);
    }

    @Test
    void keepsTheLanguageOfAnEnglishLabel() {
        var slot = new VisitSlot("c-2-261124-1800", "c-2", START, 45, SlotLabels.of(START, "en"));

        assertThat(SlotForm.shortForm(slot)).contains("c-2-261124-1800 45 en");
        assertThat(SlotForm.read("c-2-261124-1800 45 en")).contains(slot);
    }

    @Test
    void leavesInFullASlotWhoseIdOrLabelCannotBeRebuilt() {
        var otherId = new VisitSlot("c7-20260519-0900", "c7", LocalDateTime.parse("2026-05-19T09:00"), 60,
                SlotLabels.french(LocalDateTime.parse("2026-05-19T09:00")));
        var otherCoordinator = new VisitSlot("demo-261124-1800", "elsewhere", START, 60, SlotLabels.french(START));
        var otherLabel = new VisitSlot("demo-261124-1800", "demo", START, 60, "mardi soir");
        var seconds = new VisitSlot("demo-261124-1800", "demo", START.plusSeconds(30), 60, SlotLabels.french(START));

        assertThat(SlotForm.shortForm(otherId)).isEmpty();
        assertThat(SlotForm.shortForm(otherCoordinator)).isEmpty();
        assertThat(SlotForm.shortForm(otherLabel)).isEmpty();
        assertThat(SlotForm.shortForm(seconds)).isEmpty();
    }

    @Test
    void readsNoSlotFromOtherText() {
        assertThat(SlotForm.read("s-42")).isEmpty();
        assertThat(SlotForm.read("demo-261324-1800 60")).isEmpty();
        assertThat(SlotForm.read("demo-261124-1800 soixante")).isEmpty();
    }
}
