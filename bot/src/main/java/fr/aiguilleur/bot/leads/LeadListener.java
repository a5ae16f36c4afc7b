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
}
