package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Axis;
import java.util.Objects;

/**
 * One service a rule proposes, where it goes in the list, and why. The list shown is: the
 * {@link Place#FIRST} picks, then the picks for each need (the highest score first; on a tie
 * ADMINISTRATIVE, PRESENCE, INTERNAL_TOOLS, STRATEGY), then the {@link Place#GENERAL} picks, then
 * the {@link Place#LOCAL} places; a service already in the list is not repeated, and the list stops
 * at the smallest {@link ServiceLimit}.
 *
 * @param service the service id in the catalogue
 * @param place   which part of the list it goes to
 * @param axis    the need it answers, for {@link Place#NEEDS}; otherwise {@code null}
 * @param order   its order within its part (1 first)
 * @param reason   plain French, addressed to the person
 * @param reasonEn the same in plain English
 */
public record ServicePick(String service, Place place, Axis axis, int order, String reason, String reasonEn) {

    /** The parts of the list, in the order shown. */
    public enum Place {
        /** Before everything else (a redirect's services; a creator's guide). */
        FIRST,
        /** With the need it answers, the strongest need first. */
        NEEDS,
        /** After the needs (when no need stands out). */
        GENERAL,
        /** The operator's local places, last. */
        LOCAL
    }

    public ServicePick {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(place, "place");
    }

    public static ServicePick first(int order, String service, String reason, String reasonEn) {
        return new ServicePick(service, Place.FIRST, null, order, reason, reasonEn);
    }

    public static ServicePick forNeed(Axis axis, int order, String service, String reason, String reasonEn) {
        return new ServicePick(service, Place.NEEDS, Objects.requireNonNull(axis, "axis"), order, reason, reasonEn);
    }

    public static ServicePick general(int order, String service, String reason, String reasonEn) {
        return new ServicePick(service, Place.GENERAL, null, order, reason, reasonEn);
    }

    public static ServicePick local(int order, String service, String reason, String reasonEn) {
        return new ServicePick(service, Place.LOCAL, null, order, reason, reasonEn);
    }
}
