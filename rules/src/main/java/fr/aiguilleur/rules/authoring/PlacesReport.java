package fr.aiguilleur.rules.authoring;

import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.rules.PlacePick;
import fr.aiguilleur.rules.PlaceReach;
import fr.aiguilleur.rules.engine.Findings;
import fr.aiguilleur.rules.engine.Reasoning;
import java.util.Locale;

/**
 * The places part of {@code explain}, in French: how far the rules looked, how many places the
 * rules picked, which were chosen, by which rule and why.
 */
final class PlacesReport {

    private PlacesReport() {
    }

    static String of(Reasoning reasoning) {
        Findings findings = reasoning.findings();
        var text = new StringBuilder("\nLieux près de chez vous :\n");
        findings.of(PlaceReach.class).forEach(found -> text.append("  ").append(found.fact().reason())
                .append(" [règle « ").append(found.rule()).append(" »]\n"));
        long picked = findings.of(PlacePick.class).map(found -> found.fact().place().id()).distinct().count();
        text.append(String.format(Locale.FRANCE, "  %d lieu(x) retenu(s) par une règle.%n", picked));
        if (reasoning.diagnosis().places().isEmpty()) {
            text.append("  Aucun lieu proposé.\n");
        }
        for (PlaceChoice place : reasoning.diagnosis().places()) {
            text.append(String.format(Locale.FRANCE, "  • %s%s — à %d km, %s%s [règle « %s »]%n", place.name(),
                    place.sample() ? " (EXEMPLE, pas un vrai lieu)" : "", place.roundedKm(), place.offerFr(),
                    place.free() ? ", gratuit" : "", place.rule()));
        }
        return text.toString();
    }
}
