package fr.aiguilleur.conversations.places;

/**
 * A place and how far it is from the person.
 *
 * @param place the place
 * @param km    the straight-line distance in kilometres
 */
public record NearbyPlace(Place place, double km) {
}
