package fr.aiguilleur.rules;

import java.util.Objects;

/**
 * A place a rule proposes, and what it offers the person, in French and English. The list shown
 * takes the picks of the lowest order first, the nearest first within an order, a place once, and
 * stops at the smallest {@link PlaceLimit}.
 *
 * @param place   the place chosen
 * @param order   its rank (1 first): what fits the need best comes first
 * @param offerFr what it offers for the need, in French ("aide aux démarches administratives")
 * @param offerEn the same in English
 */
public record PlacePick(PlaceNearby place, int order, String offerFr, String offerEn) {

    public PlacePick {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(offerFr, "offerFr");
        Objects.requireNonNull(offerEn, "offerEn");
    }
}
