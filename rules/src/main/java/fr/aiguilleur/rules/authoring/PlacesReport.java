package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.rules.PlacePick;
import fr.aiguilleur.rules.PlaceReach;
import fr.aiguilleur.rules.engine.Findings;
import fr.aiguilleur.rules.engine.Reasoning;
import fr.aiguilleur.conversations.texts.Texts;

/**
 * The places part of {@code explain}, in French: how far the rules looked, how many places the
 * rules picked, which were chosen, by which rule and why.
 */
final class PlacesReport {

    private static final Texts TEXTS = Texts.of(Texts.FRENCH);

    private PlacesReport() {
    }

    static String of(Reasoning reasoning) {
        Findings findings = reasoning.findings();
        var text = new StringBuilder("\n").append(TEXTS.get("rules.explain.places")).append('\n');
        findings.of(PlaceReach.class).forEach(found -> text.append("  ").append(found.fact().reason())
                .append(' ')
                .append(TEXTS.get("rules.explain.places.rule", found.rule())).append('\n'));
        long picked = findings.of(PlacePick.class).map(found -> found.fact().place().id()).distinct().count();
        text.append("  ").append(TEXTS.get("rules.explain.places.picked", picked)).append('\n');
        if (reasoning.diagnosis().places().isEmpty()) {
            text.append("  ").append(TEXTS.get("rules.explain.places.none")).append('\n');
        }
        for (PlaceChoice place : reasoning.diagnosis().places()) {
            text.append("  • ").append(TEXTS.get("rules.explain.places.place", place.name(),
                    place.sample() ? TEXTS.get("rules.explain.places.sample") : "", place.roundedKm(), place.offerFr(),
                    place.free() ? TEXTS.get("rules.explain.places.free") : "")).append(' ')
                    .append(TEXTS.get("rules.explain.places.rule", place.rule())).append('\n');
        }
        return text.toString();
    }
}
