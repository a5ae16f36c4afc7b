package fr.aiguilleur.rules.scenarios;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.rules.Autonomy;
import fr.aiguilleur.rules.NeedPoints;
import fr.aiguilleur.rules.NeedProfile;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.Orientation;
import fr.aiguilleur.rules.ServiceLimit;
import fr.aiguilleur.rules.ServicePick;
import fr.aiguilleur.rules.VisitPriority;
import fr.aiguilleur.rules.engine.Finding;
import fr.aiguilleur.rules.engine.Reasoning;

/** Writes a scenario's failure for rule authors: what was expected, what came out, and why. */
public final class ResultReport {

    private ResultReport() {
    }

    /** The failure, over several lines: each mismatch, then every conclusion of the rules. */
    public static String describe(ScenarioResult result) {
        return describe(result, Texts.of(Texts.ENGLISH));
    }

    /** The failure, in the language of {@code texts}. */
    public static String describe(ScenarioResult result, Texts texts) {
        StringBuilder text = new StringBuilder(result.file()).append(" > ").append(result.scenario());
        result.mismatches().forEach(mismatch -> text.append("\n  ").append(mismatch.describe(texts)));
        result.rulesOutcome().ifPresent(reasoning -> text.append("\n  ").append(texts.get("rules.scenario.concluded"))
                .append(trace(reasoning, texts)));
        return text.toString();
    }

    /** Every conclusion of the rules, one per line, each with its rule. */
    public static String trace(Reasoning reasoning) {
        return trace(reasoning, Texts.of(Texts.ENGLISH));
    }

    /** Every conclusion of the rules, in the language of {@code texts}. */
    public static String trace(Reasoning reasoning, Texts texts) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : reasoning.findings().all()) {
            text.append("\n    - [").append(finding.rule()).append("] ").append(summary(finding.fact(), texts));
        }
        return text.toString();
    }

    static String summary(Object fact, Texts texts) {
        if (fact instanceof NeedPoints points) {
            return points.axis() + " " + signed(points.points()) + ": " + points.reason();
        } else if (fact instanceof NeedScore score) {
            return texts.get("rules.scenario.trace.score", score.getAxis(), score.getScore(), score.getLevel())
                    + (score.getTotal() != score.getScore() ? texts.get("rules.scenario.trace.total", score.getTotal()) : "");
        } else if (fact instanceof NeedProfile profile) {
            return texts.get("rules.scenario.trace.profile", profile.high(), profile.mediumOrHigh());
        } else if (fact instanceof Autonomy autonomy) {
            return texts.get("rules.scenario.trace.autonomy", autonomy.level(), autonomy.reason());
        } else if (fact instanceof Orientation orientation) {
            return orientation.decision() + ": " + orientation.reason();
        } else if (fact instanceof VisitPriority priority) {
            return texts.get("rules.scenario.trace.priority", priority.priority(), priority.reason());
        } else if (fact instanceof ServicePick pick) {
            return texts.get("rules.scenario.trace.service", pick.service(), place(pick), pick.reason());
        } else if (fact instanceof ServiceLimit limit) {
            return texts.get("rules.scenario.trace.limit", limit.most(), limit.reason());
        }
        return String.valueOf(fact);
    }

    private static String place(ServicePick pick) {
        String where = pick.place() == ServicePick.Place.NEEDS ? String.valueOf(pick.axis()) : pick.place().name().toLowerCase();
        return where + " #" + pick.order();
    }

    private static String signed(int points) {
        return points >= 0 ? "+" + points : String.valueOf(points);
    }
}
