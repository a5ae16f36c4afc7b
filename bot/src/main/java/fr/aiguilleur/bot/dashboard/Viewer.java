package fr.aiguilleur.bot.dashboard;

import java.util.Objects;

/**
 * Who is looking at the dashboard.
 *
 * @param username      the login, recorded as the author of status changes and notes
 * @param coordinatorId the coordinator this login belongs to
 * @param admin         true when the person sees every lead
 */
public record Viewer(String username, String coordinatorId, boolean admin) {

    public Viewer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(coordinatorId, "coordinatorId");
    }
}
