package fr.aiguilleur.rules.scenarios;

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
        StringBuilder text = new StringBuilder(result.file()).append(" > ").append(result.scenario());
        result.mismatches().forEach(mismatch -> text.append("\n  ").append(mismatch.describe()));
        result.rulesOutcome().ifPresent(reasoning -> text.append("\n  what the rules concluded:").append(trace(reasoning)));
        return text.toString();
    }

    /** Every conclusion of the rules, one per line, each with its rule. */
    public static String trace(Reasoning reasoning) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : reasoning.findings().all()) {
            text.append("\n    - [").append(finding.rule()).append("] ").append(summary(finding.fact()));
        }
        return text.toString();
    }

    static String summary(Object fact) {
        if (fact instanceof NeedPoints points) {
            return points.axis() + " " + signed(points.points()) + ": " + points.reason();
        } else if (fact instanceof NeedScore score) {
            return score.getAxis() + " score " + score.getScore() + " (" + score.getLevel() + ")"
                    + (score.getTotal() != score.getScore() ? ", points added up: " + score.getTotal() : "");
        } else if (fact instanceof NeedProfile profile) {
            return profile.high() + " need(s) HIGH, " + profile.mediumOrHigh() + " MEDIUM or HIGH";
        } else if (fact instanceof Autonomy autonomy) {
            return "autonomy " + autonomy.level() + ": " + autonomy.reason();
        } else if (fact instanceof Orientation orientation) {
            return orientation.decision() + ": " + orientation.reason();
        } else if (fact instanceof VisitPriority priority) {
            return "priority " + priority.priority() + ": " + priority.reason();
        } else if (fact instanceof ServicePick pick) {
            return "service " + pick.service() + " (" + place(pick) + "): " + pick.reason();
        } else if (fact instanceof ServiceLimit limit) {
            return "at most " + limit.most() + " services: " + limit.reason();
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
