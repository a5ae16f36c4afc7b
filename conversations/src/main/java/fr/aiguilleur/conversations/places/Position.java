package fr.aiguilleur.conversations.places;

/**
 * A point on Earth (WGS84 degrees).
 *
 * @param latitude  -90..90
 * @param longitude -180..180
 */
public record Position(double latitude, double longitude) {

    private static final double EARTH_RADIUS_KM = 6371.0;

    public Position {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a position: " + latitude + ", " + longitude);
        }
    }

    /** The great-circle distance in kilometres (haversine). */
    public double kmTo(Position other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
