package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.places.PlaceChoice;
import fr.aiguilleur.conversations.places.PlaceOpening;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Instant;
import java.util.List;

/**
 * A place the rules chose for the person, as the lead page shows it to the coordinator (French).
 *
 * @param name       its name
 * @param reason     why it was chosen, as the person read it: "à 4 km, aide aux démarches administratives, gratuit"
 * @param address    street, postcode and commune
 * @param mapUrl     a map link (OpenStreetMap)
 * @param opening    open today or its next opening, as of the page's viewing, or {@code null} without hours
 * @param phone      its phone, or {@code null}
 * @param bookingUrl where to book online, or {@code null}
 * @param fees       "Gratuit" or "Payant ou sous conditions"
 * @param updated    the date of its data, {@code dd/MM/yyyy}, or {@code null}
 * @param sample     whether it comes from the packaged sample data, not real places
 * @param rule       the rule that chose it (for the authors' detail)
 */
public record LeadPlace(String name, String reason, String address, String mapUrl, String opening,
        String phone, String bookingUrl, String fees, String updated, boolean sample, String rule) {

    /** The places of a diagnosis, in its order; none without a diagnosis. */
    static List<LeadPlace> of(Diagnosis diagnosis, Labels labels, Instant now) {
        return diagnosis == null ? List.of()
                : diagnosis.places().stream().map(place -> of(place, labels, now)).toList();
    }

    static LeadPlace of(PlaceChoice place, Labels labels, Instant now) {
        String reason = labels.text("place.reason", place.roundedKm(), place.offer(Texts.FRENCH));
        return new LeadPlace(place.name(),
                place.free() ? labels.text("place.reason.free", reason) : reason, place.address(), place.mapUrl(),
                PlaceOpening.describe(place, Texts.FRENCH, now), place.phone(), place.bookingUrl(),
                labels.text(place.free() ? "dashboard.lead.places.free" : "dashboard.lead.places.paid"),
                place.updated() == null ? null : Labels.day(place.updated()), place.sample(), place.rule());
    }
}
