package fr.aiguilleur.bot.resultcard;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a {@link CardContent} with Java2D (headless): measured once on a scratch image for its
 * height, then drawn on an image of that height and written as PNG.
 */
final class CardDrawing {

    static final int WIDTH = 600;
    static final int MARGIN = 28;
    private static final int BAR_HEIGHT = 22;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color TRACK = new Color(0xe5, 0xe7, 0xeb);
    /** Bar colours by level: low, medium, high need. */
    private static final Color[] LEVEL = {new Color(0x2e, 0x7d, 0x5b), new Color(0xc2, 0x7c, 0x0e),
        new Color(0xb4, 0x23, 0x18)};
    private static final Color AUTONOMY = new Color(0x1d, 0x4e, 0xd8);

    private CardDrawing() {
    }

    static byte[] png(CardContent content) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measure = scratch.createGraphics();
        int height = paint(measure, content, false);
        measure.dispose();
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        paint(g, content, true);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Lays the card out (and paints it when asked); returns the height used. */
    private static int paint(Graphics2D g, CardContent content, boolean draw) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        var pen = new Pen(g, draw);
        int y = pen.lines(content.title(), font(Font.BOLD, 30), INK, MARGIN, MARGIN) + 16;
        for (CardContent.Need need : content.needs()) {
            y = pen.lines(need.label(), font(Font.BOLD, 22), INK, MARGIN, y) + 4;
            y = bar(pen, y, need.score(), LEVEL[need.rank()]);
            y = pen.lines(need.score() + "/100 · " + need.level(), font(Font.PLAIN, 20), MUTED, MARGIN, y) + 14;
        }
        if (content.autonomy() != null) {
            y = pen.lines(content.autonomy(), font(Font.BOLD, 22), AUTONOMY, MARGIN, y) + 18;
        }
        y = pen.lines(content.nextTitle(), font(Font.BOLD, 24), INK, MARGIN, y) + 6;
        for (String sentence : content.next()) {
            y = pen.lines(sentence, font(Font.PLAIN, 20), INK, MARGIN, y) + 4;
        }
        if (content.needs().stream().anyMatch(need -> !need.reasons().isEmpty())) {
            y = pen.lines(content.whyTitle(), font(Font.BOLD, 24), INK, MARGIN, y + 14) + 6;
            for (CardContent.Need need : content.needs()) {
                if (!need.reasons().isEmpty()) {
                    y = pen.lines(need.label(), font(Font.BOLD, 20), INK, MARGIN, y + 4) + 2;
                    for (String reason : need.reasons()) {
                        pen.lines("–", font(Font.PLAIN, 19), MUTED, MARGIN + 4, y);
                        y = pen.lines(reason, font(Font.PLAIN, 19), MUTED, MARGIN + 22, y) + 2;
                    }
                }
            }
        }
        return y + MARGIN;
    }

    private static int bar(Pen pen, int y, int score, Color colour) {
        int width = WIDTH - 2 * MARGIN;
        int filled = Math.max(0, Math.min(100, score)) * width / 100;
        pen.box(MARGIN, y, width, BAR_HEIGHT, TRACK);
        if (filled > 0) {
            pen.box(MARGIN, y, Math.max(filled, BAR_HEIGHT), BAR_HEIGHT, colour);
        }
        return y + BAR_HEIGHT + 4;
    }

    private static Font font(int style, int size) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
