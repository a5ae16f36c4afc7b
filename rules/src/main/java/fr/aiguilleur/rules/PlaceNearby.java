package fr.aiguilleur.rules;

import java.util.List;

/**
 * A digital-mediation place near the person (from the national file), one fact per place within
 * reach, inserted by the engine before the rules run.
 *
 * @param id         the place's id in the file
 * @param name       its name
 * @param km         how far from the person's commune, in kilometres
 * @param services   what it offers, as the file says ("Aide aux démarches administratives", …)
 * @param programmes the national programmes it belongs to ("France Services", "Aidants Connect", …)
 * @param support    how it helps ("Accompagnement individuel", "Dans un atelier collectif : …", …)
 * @param free       free for everyone
 */
public record PlaceNearby(String id, String name, double km, List<String> services, List<String> programmes,
        List<String> support, boolean free) {

    public PlaceNearby {
        services = List.copyOf(services);
        programmes = List.copyOf(programmes);
        support = List.copyOf(support);
    }

    /** Whether it offers this service (the file's words, e.g. "Aide aux démarches administratives"). */
    public boolean offers(String service) {
        return services.contains(service);
    }

    /** Whether it belongs to one of these national programmes. */
    public boolean inProgramme(String... names) {
        for (String programme : names) {
            if (programmes.contains(programme)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of its ways of helping starts with these words ("Dans un atelier collectif"). */
    public boolean helps(String way) {
        return support.stream().anyMatch(one -> one.startsWith(way));
    }
}
