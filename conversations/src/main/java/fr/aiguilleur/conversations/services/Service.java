package fr.aiguilleur.conversations.services;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Level;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An existing service the person can be pointed to: a national public service, or a local place an
 * operator added for a département.
 *
 * @param id          stable id, used by the rules and stored with diagnoses
 * @param name        the name as the service publishes it
 * @param description one plain sentence on what it does for the person, by language ({@code fr}
 *                    always present)
 * @param url         web address
 * @param needs       the needs it serves
 * @param autonomy    the autonomy levels it suits (all three when it suits anyone)
 * @param departement the département of a local place, {@code null} for a national service
 * @param address     postal address of a local place, or {@code null}
 * @param phone       phone number of a local place, or {@code null}
 */
public record Service(
        String id,
        String name,
        Map<String, String> description,
        String url,
        Set<Axis> needs,
        Set<Level> autonomy,
        String departement,
        String address,
        String phone) {

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        description = Map.copyOf(description);
        if (!description.containsKey("fr")) {
            throw new IllegalArgumentException("service " + id + " has no French description");
        }
        needs = Set.copyOf(needs);
        autonomy = autonomy == null || autonomy.isEmpty() ? Set.of(Level.values()) : Set.copyOf(autonomy);
    }

    /** The description in this language, or in French when there is none. */
    public String description(String language) {
        return description.getOrDefault(language, description.get("fr"));
    }

    public boolean isLocal() {
        return departement != null;
    }
}
