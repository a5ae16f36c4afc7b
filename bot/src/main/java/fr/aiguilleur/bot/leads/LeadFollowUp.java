package fr.aiguilleur.bot.leads;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What coordinators do to a lead (the dashboard, Telegram): change its status, take it, write a
 * note. Each change is stored, then the listeners hear of status changes (the CRM first).
 * Blocking: call it off event-loop threads.
 */
public class LeadFollowUp {

    private static final Logger LOG = LoggerFactory.getLogger(LeadFollowUp.class);

    private final Leads leads;
    private final List<LeadListener> listeners;
    private final Clock clock;

    public LeadFollowUp(Leads leads, List<LeadListener> listeners, Clock clock) {
        this.leads = leads;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /**
     * Moves the lead to another status. Empty when there is no such lead.
     *
     * @throws fr.aiguilleur.conversations.leads.LeadTransitionRefused when the workflow forbids it
     */
    public Optional<Lead> move(String leadId, LeadStatus to, String by) {
        Optional<Lead> moved = leads.find(leadId).map(lead -> lead.moveTo(to, by, clock.instant()));
        moved.ifPresent(lead -> {
            leads.save(lead);
            tell(lead);
        });
        return moved;
    }

    /** Gives the lead to a coordinator. Empty when there is no such lead. */
    public Optional<Lead> assign(String leadId, String coordinator) {
        Optional<Lead> assigned = leads.find(leadId).map(lead -> lead.assignTo(coordinator, clock.instant()));
        assigned.ifPresent(leads::save);
        return assigned;
    }

    /** Adds a note. @throws IllegalArgumentException (plain French) for an empty or too long text */
    public Optional<Lead> note(String leadId, String author, String text) {
        Optional<Lead> noted = leads.find(leadId).map(lead -> lead.withNote(author, text, clock.instant()));
        noted.ifPresent(leads::save);
        return noted;
    }

    private void tell(Lead lead) {
        listeners.stream().filter(LeadListener.Durable.class::isInstance).forEach(l -> l.onLeadStatusChanged(lead));
        for (LeadListener listener : listeners) {
            if (listener instanceof LeadListener.Durable) {
                continue;
            }
            try {
                listener.onLeadStatusChanged(lead);
            } catch (RuntimeException e) {
                LOG.error("lead {} changed, but {} could not be told", lead.id(), listener.getClass().getSimpleName(),
                        new RedactedFailure(e));
            }
        }
    }
}
