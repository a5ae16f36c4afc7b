package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.Objects;

/**
 * The score of one need once its points are added up and kept within 0..100, and its level (set by
 * the level table, so it starts empty).
 */
public final class NeedScore {

    private final Axis axis;
    private final int total;
    private final int score;
    private Level level;

    /**
     * @param axis  the need
     * @param total the points added up, before they are kept within 0..100
     * @param score the score, 0..100
     */
    public NeedScore(Axis axis, int total, int score) {
        this.axis = Objects.requireNonNull(axis, "axis");
        this.total = total;
        this.score = score;
    }

    public Axis getAxis() {
        return axis;
    }

    public int getTotal() {
        return total;
    }

    public int getScore() {
        return score;
    }

    /** The level, or {@code null} until the level table has set it. */
    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    /** The need in plain French words, for reasons ("votre présence en ligne"): {@code axis.<AXIS>.yours}. */
    public String getLabel() {
        return Texts.of(Texts.FRENCH).get(Texts.keyOf(axis) + ".yours");
    }

    /** The need in plain English words, for reasons ("your online presence"): {@code axis.<AXIS>.yours}. */
    public String getLabelEn() {
        return Texts.of(Texts.ENGLISH).get(Texts.keyOf(axis) + ".yours");
    }

    @Override
    public String toString() {
        return axis + " " + score + " (" + level + ")";
    }
}
