package fr.aiguilleur.conversations.places;

/**
 * Where a postcode is: its main commune and that commune's position.
 *
 * @param postcode  five digits
 * @param inseeCode the commune's code (INSEE)
 * @param commune   its name
 * @param position  its position
 * @param precision "commune", "postcode" (another commune of the postcode) or "departement" (the
 *                  département's chef-lieu): see docs/places.md
 */
public record CommunePosition(String postcode, String inseeCode, String commune, Position position, String precision) {
}
