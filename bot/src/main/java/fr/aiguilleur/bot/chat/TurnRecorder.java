package fr.aiguilleur.bot.chat;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.InMemoryCheckIns;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores what happened in a turn: the anonymised diagnosis, the confirmed (routed to its
 * coordinator), cancelled or moved lead (before anybody is told about it), the erasure of a
 * person's data and the freeing of their slots; then tells the lead listeners, durable ones (the
 * CRM outbox) as part of storing.
 */
public class TurnRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(TurnRecorder.class);

    private final Diagnoses diagnoses;
    private final Leads leads;
    private final List<LeadListener> listeners;
    private final Clock clock;
    private final Coordinators coordinators;
    private final VisitPlanner planner;
    private final List<TurnListener> turnListeners;
    private final CheckIns checkIns;

    /** Without coordinators: leads keep the coordinator of their slot, erased leads free no slot. */
    public TurnRecorder(Diagnoses diagnoses, Leads leads, List<LeadListener> listeners, Clock clock) {
        this(diagnoses, leads, listeners, clock, null, VisitPlanner.NONE, List.of());
    }

    /** @param coordinators who follows a lead without a slot, or {@code null} for nobody */
    public TurnRecorder(Diagnoses diagnoses, Leads leads, List<LeadListener> listeners, Clock clock,
            Coordinators coordinators, VisitPlanner planner, List<TurnListener> turnListeners) {
        this(diagnoses, leads, listeners, clock, coordinators, planner, turnListeners, new InMemoryCheckIns());
    }

    /** @param checkIns where the follow-ups people agree to are kept */
    public TurnRecorder(Diagnoses diagnoses, Leads leads, List<LeadListener> listeners, Clock clock,
            Coordinators coordinators, VisitPlanner planner, List<TurnListener> turnListeners, CheckIns checkIns) {
        this.checkIns = checkIns;
        this.diagnoses = diagnoses;
        this.leads = leads;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
        this.coordinators = coordinators;
        this.planner = planner;
        this.turnListeners = List.copyOf(turnListeners);
    }

    /** A stored lead change, and how to tell a listener about it. */
    private record Notice(Lead lead, BiConsumer<LeadListener, Lead> tell) {
    }

    /**
     * Stores the turn's events; throws when a store (or a durable listener) fails, before any other
     * listener was told.
     */
    public void record(Turn turn) {
        var notices = new ArrayList<Notice>();
        for (DialogueEvent event : turn.events()) {
            if (event instanceof DialogueEvent.DiagnosisCompleted completed) {
                diagnoses.record(StoredDiagnosis.of(completed.id().value(), turn.conversation().answers(),
                        completed.diagnosis(), clock.instant()));
            } else if (event instanceof DialogueEvent.LeadConfirmed confirmed) {
                notices.add(saved(routed(confirmed.lead()), LeadListener::onLeadConfirmed));
            } else if (event instanceof DialogueEvent.LeadCancelled cancelled) {
                leads.find(cancelled.leadId()).filter(lead -> lead.status().canMoveTo(LeadStatus.CANCELLED))
                        .map(lead -> lead.moveTo(LeadStatus.CANCELLED, Lead.PERSON, clock.instant()))
                        .ifPresent(lead -> notices.add(saved(lead, LeadListener::onLeadCancelled)));
            } else if (event instanceof DialogueEvent.LeadRescheduled moved) {
                leads.find(moved.leadId()).map(lead -> lead.withSlot(moved.slot()))
                        .ifPresent(lead -> notices.add(saved(lead, LeadListener::onLeadRescheduled)));
            } else if (event instanceof DialogueEvent.FollowUpAccepted agreed) {
                checkIns.add(CheckIn.agreed(agreed));
            } else if (event instanceof DialogueEvent.FollowUpDeclined declined) {
                stop(declined.checkInId());
            } else if (event instanceof DialogueEvent.ConversationErased erased) {
                erase(erased.id());
            }
        }
        notices.forEach(notice -> tell(notice, true));
        notices.forEach(notice -> tell(notice, false));
        turnListeners.forEach(listener -> listener.turnStored(turn));
    }

    /**
     * A lead the person asked for outside a conversation (answering their follow-up): routed to
     * its coordinator, stored, then told to the listeners as a confirmed lead.
     */
    public void confirmed(Lead lead) {
        Notice notice = saved(routed(lead), LeadListener::onLeadConfirmed);
        tell(notice, true);
        tell(notice, false);
    }

    /** "Non merci" after having agreed: the check-in, if still waiting, will never be sent. */
    private void stop(String checkInId) {
        checkIns.find(checkInId).filter(checkIn -> checkIn.status() == CheckInStatus.WAITING)
                .ifPresent(checkIn -> checkIns.update(checkIn.ended(CheckInStatus.STOPPED, null)));
    }

    /** Frees the slots of the person's leads, then forgets their diagnoses, leads and check-ins. */
    private void erase(ConversationId id) {
        for (Lead lead : leads.of(id)) {
            if (lead.slot() != null) {
                planner.release(lead.slot(), lead.id());
            }
        }
        diagnoses.eraseFor(id);
        leads.eraseFor(id);
        checkIns.eraseFor(id);
    }

    /** The lead with the coordinator of its place when no slot named one. */
    private Lead routed(Lead lead) {
        if (lead.coordinatorId() != null || coordinators == null) {
            return lead;
        }
        String place = lead.postcode() != null ? lead.postcode() : lead.departement();
        return lead.withCoordinator(coordinators.route(place).coordinator().id());
    }

    private Notice saved(Lead lead, BiConsumer<LeadListener, Lead> tell) {
        leads.save(lead);
        return new Notice(lead, tell);
    }

    /** Tells the durable listeners (failures propagate) or the others (failures are logged). */
    private void tell(Notice notice, boolean durable) {
        for (LeadListener listener : listeners) {
            if (listener instanceof LeadListener.Durable != durable) {
                continue;
            }
            if (durable) {
                notice.tell().accept(listener, notice.lead());
                continue;
            }
            try {
                notice.tell().accept(listener, notice.lead());
            } catch (RuntimeException e) {
                LOG.error("lead {} stored, but {} could not be told", notice.lead().id(),
                        listener.getClass().getSimpleName(), new RedactedFailure(e));
            }
        }
    }
}
