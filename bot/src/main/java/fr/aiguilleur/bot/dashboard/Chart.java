package fr.aiguilleur.bot.dashboard;

import java.util.List;

/**
 * A bar chart the page draws as inline SVG (public, with public methods: the templates' SpEL calls
 * only public methods): one bar per row, its length relative to the largest.
 *
 * @param title what the chart counts
 * @param note  one sentence on how to read it
 * @param bars  in the order shown
 */
public record Chart(String title, String note, List<Bar> bars) {

    /** The longest bar, in SVG units. */
    static final int FULL = 300;

    public Chart {
        bars = List.copyOf(bars);
    }

    /**
     * One bar.
     *
     * @param label  what is counted
     * @param value  how many
     * @param detail more about it, or an empty text
     */
    public record Bar(String label, long value, String detail) {
    }

    /** The length of a bar; at least 1 unit when its value is not zero, so that it shows. */
    public int width(Bar bar) {
        long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
        if (max == 0 || bar.value() == 0) {
            return 0;
        }
        return (int) Math.max(1, bar.value() * FULL / max);
    }

    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.value() == 0);
    }
}
