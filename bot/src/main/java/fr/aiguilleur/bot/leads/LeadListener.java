package fr.aiguilleur.bot.leads;

import fr.aiguilleur.conversations.leads.Lead;

/**
 * Told about each lead once it is stored, to let coordinators know. Every bean of this type is
 * called, in no set order; one failing does not stop the others.
 */
public interface LeadListener {

    /** A person confirmed a visit request; the lead is stored. */
    void onLeadConfirmed(Lead lead);

    /** The person cancelled their visit request; the lead, stored as {@code CANCELLED}. */
    default void onLeadCancelled(Lead lead) {
    }

    /** The person moved their visit; the lead with its new slot ({@code null}: to call back). */
    default void onLeadRescheduled(Lead lead) {
    }

    /** A coordinator moved the lead to another status; the lead as stored, its last history line says how. */
    default void onLeadStatusChanged(Lead lead) {
    }

    /**
     * A listener whose work is part of storing the change (the CRM outbox): called before the
     * others, and its failure fails the turn, so the person retries instead of losing the change.
     * It must accept the same change twice.
     */
    interface Durable extends LeadListener {
    }
}
