package fr.aiguilleur.conversations.booking;

import java.util.Objects;

/**
 * Who follows up a person from some place.
 *
 * @param coordinator the coordinator of the place, or the fallback coordinator
 * @param covered     false when nobody covers the place and the fallback coordinator calls back
 */
public record Routing(Coordinator coordinator, boolean covered) {

    public Routing {
        Objects.requireNonNull(coordinator, "coordinator");
    }
}
