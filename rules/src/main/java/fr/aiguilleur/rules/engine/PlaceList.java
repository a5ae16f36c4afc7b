package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.places.PlaceCandidates;
import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.rules.PlaceLimit;
import fr.aiguilleur.rules.PlacePick;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the places the rules picked in the order shown (see {@link PlacePick}): the lowest order
 * first, the nearest first within an order, each place once, within the smallest limit.
 */
final class PlaceList {

    private PlaceList() {
    }

    static List<PlaceChoice> of(Findings findings, PlaceCandidates candidates) {
        if (candidates == null) {
            return List.of();
        }
        int limit = findings.found(PlaceLimit.class).stream().mapToInt(found -> found.fact().most()).min()
                .orElse(Integer.MAX_VALUE);
        List<Findings.Found<PlacePick>> picks = new ArrayList<>(findings.found(PlacePick.class));
        picks.sort(Comparator.<Findings.Found<PlacePick>>comparingInt(found -> found.fact().order())
                .thenComparingDouble(found -> found.fact().place().km())
                .thenComparing(found -> found.fact().place().id()));
        List<PlaceChoice> chosen = new ArrayList<>(3);
        Set<String> seen = new HashSet<>();
        for (Findings.Found<PlacePick> found : picks) {
            if (chosen.size() >= limit) {
                break;
            }
            PlacePick pick = found.fact();
            if (seen.add(pick.place().id())) {
                candidates.choose(pick.place().id(), pick.offerFr(), pick.offerEn(), found.rule())
                        .ifPresent(chosen::add);
            }
        }
        return List.copyOf(chosen);
    }
}
