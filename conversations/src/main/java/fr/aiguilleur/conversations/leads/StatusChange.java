package fr.aiguilleur.conversations.leads;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a lead's history: its creation ({@code from} is {@code null}), a change of status, or
 * a coordinator taking it ({@code from} equals {@code to}, {@code by} is the coordinator taking it).
 *
 * @param from the status before, {@code null} for the creation
 * @param to   the status after
 * @param by   who did it: a coordinator id or login, or {@link Lead#PERSON} for the person
 * @param at   when
 */
public record StatusChange(LeadStatus from, LeadStatus to, String by, Instant at) {

    public StatusChange {
        Objects.requireNonNull(to, "to");
    }

    /** Whether this line records a coordinator taking the lead rather than a change of status. */
    public boolean assignment() {
        return from == to;
    }
}
