package fr.aiguilleur.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPiecesTests {

    private final TextPieces pieces = new TextPieces(20);

    @Test
    void keepsAShortTextWhole() {
        assertThat(pieces.cut("Bonjour")).containsExactly("Bonjour");
    }

    @Test
    void cutsAtALineBreak() {
        assertThat(pieces.cut("Première ligne\nSeconde ligne")).containsExactly("Première ligne", "Seconde ligne");
    }

    @Test
    void cutsAtASpaceWhenNoLineBreakIsNear() {
        assertThat(pieces.cut("un deux trois quatre cinq six")).containsExactly("un deux trois quatre", "cinq six");
    }

    @Test
    void cutsAWordTooLongForOneMessage() {
        assertThat(pieces.cut("a".repeat(45))).containsExactly("a".repeat(20), "a".repeat(20), "a".repeat(5));
    }

    @Test
    void neverSplitsAnEmoji() {
        String text = "a".repeat(19) + "😀" + "b";

        assertThat(pieces.cut(text)).containsExactly("a".repeat(19), "😀b");
    }
}
