package fr.aiguilleur.conversations.places;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A place the rules chose for the person, with all that is shown of it and why it was chosen.
 *
 * @param placeId      the place's id in the file
 * @param name         its name
 * @param address      street, postcode and commune
 * @param position     where it is (for a map link)
 * @param km           how far from the person's commune, in kilometres
 * @param phone        its phone, or {@code null}
 * @param bookingUrl   where to book online, or {@code null}
 * @param website      its first website, or {@code null}
 * @param free         free for everyone
 * @param openingHours the opening hours as written (OpenStreetMap syntax), or {@code null}
 * @param updated      the date of the place's data ({@code date_maj})
 * @param sample       whether it comes from the packaged sample, not real data
 * @param offerFr      what it offers for the person's need, as the rule says it, in French
 * @param offerEn      the same in English
 * @param rule         the rule that chose it
 */
public record PlaceChoice(String placeId, String name, String address, Position position, double km, String phone,
        String bookingUrl, String website, boolean free, String openingHours, LocalDate updated, boolean sample,
        String offerFr, String offerEn, String rule) {

    public PlaceChoice {
        Objects.requireNonNull(placeId, "placeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(offerFr, "offerFr");
        offerEn = offerEn == null ? offerFr : offerEn;
    }

    /** The distance rounded for people: to the kilometre, at least 1. */
    public long roundedKm() {
        return Math.max(1, Math.round(km));
    }

    /** What it offers, in "fr" or "en". */
    public String offer(String language) {
        return "en".equals(language) ? offerEn : offerFr;
    }

    /** A link that opens the place in a map on a phone or a computer (OpenStreetMap). */
    public String mapUrl() {
        return "https://www.openstreetmap.org/?mlat=" + position.latitude() + "&mlon=" + position.longitude()
                + "#map=17/" + position.latitude() + "/" + position.longitude();
    }

    static PlaceChoice of(NearbyPlace nearby, boolean sample, String offerFr, String offerEn, String rule) {
        Place place = nearby.place();
        return new PlaceChoice(place.id(), place.name(), place.fullAddress(), place.position(), nearby.km(),
                place.phone(), place.bookingUrl(), place.websites().isEmpty() ? null : place.websites().get(0),
                place.free(), place.openingHours(), place.updated(), sample, offerFr, offerEn, rule);
    }
}
