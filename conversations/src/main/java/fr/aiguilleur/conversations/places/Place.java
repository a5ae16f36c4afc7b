package fr.aiguilleur.conversations.places;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One place of the national file of digital-mediation places (the fields Aiguilleur uses; the
 * values of list fields as the file gives them, e.g. "Aide aux démarches administratives").
 *
 * @param id           the producer's id ({@code id})
 * @param name         {@code nom}
 * @param commune      {@code commune}
 * @param postcode     {@code code_postal}
 * @param inseeCode    {@code code_insee}, or {@code null}
 * @param address      {@code adresse} (street part)
 * @param position     {@code latitude}, {@code longitude}
 * @param phone        {@code telephone}, or {@code null}
 * @param emails       {@code courriels}
 * @param websites     {@code site_web}
 * @param openingHours {@code horaires} (OpenStreetMap opening_hours), or {@code null}
 * @param services     {@code services}
 * @param publics      {@code publics_specifiquement_adresses}
 * @param fees         {@code frais_a_charge}
 * @param programmes   {@code dispositif_programmes_nationaux}
 * @param support      {@code modalites_accompagnement}
 * @param bookingUrl   {@code prise_rdv}, or {@code null}
 * @param updated      {@code date_maj}
 */
public record Place(String id, String name, String commune, String postcode, String inseeCode, String address,
        Position position, String phone, List<String> emails, List<String> websites, String openingHours,
        List<String> services, List<String> publics, List<String> fees, List<String> programmes,
        List<String> support, String bookingUrl, LocalDate updated) {

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        emails = List.copyOf(emails);
        websites = List.copyOf(websites);
        services = List.copyOf(services);
        publics = List.copyOf(publics);
        fees = List.copyOf(fees);
        programmes = List.copyOf(programmes);
        support = List.copyOf(support);
    }

    /** Free for everyone: "Gratuit : …" and nothing paying or conditional. */
    public boolean free() {
        return !fees.isEmpty() && fees.stream().allMatch(fee -> fee.startsWith("Gratuit :")
                || fee.equalsIgnoreCase("Gratuit"));
    }

    /** The address on one line: street, postcode and commune. */
    public String fullAddress() {
        return (address == null || address.isBlank() ? "" : address + ", ") + postcode + " " + commune;
    }
}
