package fr.aiguilleur.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into Telegram messages of at most 4096 characters, at a line break or a space when it can. */
public final class TextPieces {

    public static final int MAX_LENGTH = 4096;

    private final int maxLength;

    public TextPieces() {
        this(MAX_LENGTH);
    }

    TextPieces(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The pieces, none blank; empty for a blank text. */
    public List<String> cut(String text) {
        var pieces = new ArrayList<String>();
        String rest = text.strip();
        while (rest.length() > maxLength) {
            int cut = cutPoint(rest);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private int cutPoint(String text) {
        int lineBreak = text.lastIndexOf('\n', maxLength);
        if (lineBreak > maxLength / 2) {
            return lineBreak;
        }
        int space = text.lastIndexOf(' ', maxLength);
        if (space > maxLength / 2) {
            return space;
        }
        boolean splitsPair = Character.isHighSurrogate(text.charAt(maxLength - 1));
        return splitsPair ? maxLength - 1 : maxLength;
    }
}
