package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import java.util.Map;
import java.util.Objects;

/**
 * The score of one need once its points are added up and kept within 0..100, and its level (set by
 * the level table, so it starts empty).
 */
public final class NeedScore {

    private static final Map<Axis, String> LABELS = Map.of(
            Axis.ADMINISTRATIVE, "vos démarches administratives en ligne",
            Axis.PRESENCE, "votre présence en ligne",
            Axis.INTERNAL_TOOLS, "vos outils de travail et ceux de l'équipe",
            Axis.STRATEGY, "votre projet numérique");
    private static final Map<Axis, String> LABELS_EN = Map.of(
            Axis.ADMINISTRATIVE, "your administrative procedures online",
            Axis.PRESENCE, "your online presence",
            Axis.INTERNAL_TOOLS, "your work tools and your team's",
            Axis.STRATEGY, "your digital project");

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

    /** The need in plain French words, for reasons ("votre présence en ligne"). */
    public String getLabel() {
        return LABELS.get(axis);
    }

    /** The need in plain English words, for reasons ("your online presence"). */
    public String getLabelEn() {
        return LABELS_EN.get(axis);
    }

    @Override
    public String toString() {
        return axis + " " + score + " (" + level + ")";
    }
}
