package fr.aiguilleur.rules.vetting;

import fr.aiguilleur.conversations.texts.Texts;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.rules.Autonomy;
import fr.aiguilleur.rules.NeedPoints;
import fr.aiguilleur.rules.NeedScore;
import fr.aiguilleur.rules.Orientation;
import fr.aiguilleur.rules.PlacePick;
import fr.aiguilleur.rules.ServiceLimit;
import fr.aiguilleur.rules.ServicePick;
import fr.aiguilleur.rules.VisitPriority;
import fr.aiguilleur.rules.engine.Finding;
import fr.aiguilleur.rules.engine.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every result of the rules must respect, whatever the rules say: every conclusion has its
 * reason in French and in English, every score is within 0..100 and has a level, and the rules
 * reach exactly one decision.
 */
final class Invariants {

    /** A broken invariant and the rule to look at ({@code null} when no one rule is at fault). */
    record Breach(String rule, String message) {
    }

    private Invariants() {
    }

    static List<Breach> of(Findings findings, Texts texts) {
        List<Breach> breaches = new ArrayList<>();
        Set<Decision> decisions = new TreeSet<>();
        List<String> deciders = new ArrayList<>();
        for (Finding finding : findings.all()) {
            Object fact = finding.fact();
            reasons(fact).ifPresent(given -> {
                if (blank(given[0])) {
                    breaches.add(new Breach(finding.rule(), texts.get("rules.check.no-french")));
                }
                if (blank(given[1])) {
                    breaches.add(new Breach(finding.rule(), texts.get("rules.check.no-english")));
                }
            });
            if (fact instanceof NeedScore score) {
                if (score.getScore() < 0 || score.getScore() > 100) {
                    breaches.add(new Breach(finding.rule(), texts.get("rules.check.score.range",
                            score.getAxis(), score.getScore())));
                } else if (score.getLevel() == null) {
                    breaches.add(new Breach(finding.rule(), texts.get("rules.check.score.no-level",
                            score.getScore(), score.getAxis())));
                }
            }
            if (fact instanceof Orientation orientation && orientation.decision() != null) {
                if (decisions.add(orientation.decision())) {
                    deciders.add(finding.rule());
                }
            }
        }
        if (decisions.isEmpty()) {
            breaches.add(new Breach(null, texts.get("rules.check.no-decision")));
        } else if (decisions.size() > 1) {
            breaches.add(new Breach(deciders.get(1), texts.get("rules.check.two-decisions",
                    decisions, String.join(texts.get("rules.check.quoted-and"), deciders))));
        }
        return breaches;
    }

    /** Checks the diagnosis put together from the conclusions. */
    static List<Breach> of(Diagnosis diagnosis, Texts texts) {
        List<Breach> breaches = new ArrayList<>();
        diagnosis.scores().forEach((axis, score) -> {
            if (score < 0 || score > 100) {
                breaches.add(new Breach(null, texts.get("rules.check.score.within", axis, score)));
            }
        });
        diagnosis.reasons().stream().filter(reason -> blank(reason.text()) || blank(reason.english()))
                .forEach(reason -> breaches.add(new Breach(reason.rule(), texts.get("rules.check.half-reason"))));
        return breaches;
    }

    private static java.util.Optional<String[]> reasons(Object fact) {
        String[] texts = null;
        if (fact instanceof NeedPoints points) {
            texts = new String[] {points.reason(), points.reasonEn()};
        } else if (fact instanceof Autonomy autonomy) {
            texts = new String[] {autonomy.reason(), autonomy.reasonEn()};
        } else if (fact instanceof Orientation orientation) {
            texts = new String[] {orientation.reason(), orientation.reasonEn()};
        } else if (fact instanceof VisitPriority priority) {
            texts = new String[] {priority.reason(), priority.reasonEn()};
        } else if (fact instanceof ServicePick pick) {
            texts = new String[] {pick.reason(), pick.reasonEn()};
        } else if (fact instanceof ServiceLimit limit) {
            texts = new String[] {limit.reason(), limit.reasonEn()};
        } else if (fact instanceof PlacePick pick) {
            texts = new String[] {pick.offerFr(), pick.offerEn()};
        }
        return java.util.Optional.ofNullable(texts);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
