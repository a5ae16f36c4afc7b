package fr.aiguilleur.bot.resultcard;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Writes wrapped text and boxes on a card, or only measures them when not drawing. */
final class Pen {

    private final Graphics2D g;
    private final boolean draw;

    Pen(Graphics2D g, boolean draw) {
        this.g = g;
        this.draw = draw;
    }

    /** Writes the text from (x, top), wrapped at the card's right margin; returns the y below it. */
    int lines(String text, Font font, Color colour, int x, int top) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        int y = top;
        for (String line : wrap(text, metrics, CardDrawing.WIDTH - CardDrawing.MARGIN - x)) {
            if (draw) {
                g.drawString(line, x, y + metrics.getAscent());
            }
            y += metrics.getHeight();
        }
        return y;
    }

    void box(int x, int y, int width, int height, Color colour) {
        if (draw) {
            g.setColor(colour);
            g.fillRoundRect(x, y, width, height, height, height);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            var line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
