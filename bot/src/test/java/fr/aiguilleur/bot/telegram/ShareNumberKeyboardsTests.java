package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareNumberKeyboardsTests {

    @Test
    void remembersAChatUntilItsKeyboardIsRemoved() {
        var keyboards = new ShareNumberKeyboards();

        keyboards.shown("7");
        boolean shown = keyboards.isShown("7");
        keyboards.removed("7");

        assertThat(shown).isTrue();
        assertThat(keyboards.isShown("7")).isFalse();
    }

    @Test
    void forgetsTheChatsShownLongestAgoBeyondItsBound() {
        var keyboards = new ShareNumberKeyboards(3);

        for (int chat = 1; chat <= 5; chat++) {
            keyboards.shown(Integer.toString(chat));
        }
        keyboards.shown("3");
        keyboards.shown("6");

        assertThat(keyboards.size()).isEqualTo(3);
        assertThat(keyboards.isShown("1")).isFalse();
        assertThat(keyboards.isShown("4")).isFalse();
        assertThat(keyboards.isShown("3")).isTrue();
        assertThat(keyboards.isShown("5")).isTrue();
        assertThat(keyboards.isShown("6")).isTrue();
    }
}
