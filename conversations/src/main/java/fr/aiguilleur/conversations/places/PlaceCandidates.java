package fr.aiguilleur.conversations.places;

import java.util.List;
import java.util.Optional;

/**
 * The places around a person's commune, for the rules to choose from.
 *
 * @param where  the person's commune and its position
 * @param places the places around it, the nearest first
 * @param sample whether they come from the packaged sample
 */
public record PlaceCandidates(CommunePosition where, List<NearbyPlace> places, boolean sample) {

    public PlaceCandidates {
        places = List.copyOf(places);
    }

    /** The candidate with this id. */
    public Optional<NearbyPlace> find(String placeId) {
        return places.stream().filter(nearby -> nearby.place().id().equals(placeId)).findFirst();
    }

    /** The place chosen by a rule, with what it offers and the rule's name. */
    public Optional<PlaceChoice> choose(String placeId, String offerFr, String offerEn, String rule) {
        return find(placeId).map(nearby -> PlaceChoice.of(nearby, sample, offerFr, offerEn, rule));
    }
}
