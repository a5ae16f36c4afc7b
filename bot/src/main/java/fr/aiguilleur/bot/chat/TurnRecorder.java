package fr.aiguilleur.bot.chat;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.conversations.booking.VisitSlot;
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
 * Stores what happened in a turn: the anonymised diagnosis, the confirmed, cancelled or moved lead
 * (before anybody is told about it), the erasure of a person's data; then tells the lead listeners.
 */
public class TurnRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(TurnRecorder.class);

    private final Diagnoses diagnoses;
    private final Leads leads;
    private final List<LeadListener> listeners;
    private final Clock clock;

    public TurnRecorder(Diagnoses diagnoses, Leads leads, List<LeadListener> listeners, Clock clock) {
        this.diagnoses = diagnoses;
        this.leads = leads;
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    /** A stored lead change, and how to tell a listener about it. */
    private record Notice(Lead lead, BiConsumer<LeadListener, Lead> tell) {
    }

    /** Stores the turn's events; throws when a store fails, before any listener was told. */
    public void record(Turn turn) {
        var notices = new ArrayList<Notice>();
        for (DialogueEvent event : turn.events()) {
            if (event instanceof DialogueEvent.DiagnosisCompleted completed) {
                diagnoses.record(StoredDiagnosis.of(completed.id().value(), turn.conversation().answers(),
                        completed.diagnosis(), clock.instant()));
            } else if (event instanceof DialogueEvent.LeadConfirmed confirmed) {
                leads.save(confirmed.lead());
                notices.add(new Notice(confirmed.lead(), LeadListener::onLeadConfirmed));
            } else if (event instanceof DialogueEvent.LeadCancelled cancelled) {
                leads.find(cancelled.leadId()).map(lead -> lead.withStatus(LeadStatus.CANCELLED))
                        .ifPresent(lead -> notices.add(saved(lead, LeadListener::onLeadCancelled)));
            } else if (event instanceof DialogueEvent.LeadRescheduled moved) {
                leads.find(moved.leadId()).map(lead -> withSlot(lead, moved.slot()))
                        .ifPresent(lead -> notices.add(saved(lead, LeadListener::onLeadRescheduled)));
            } else if (event instanceof DialogueEvent.ConversationErased erased) {
                diagnoses.eraseFor(erased.id());
                leads.eraseFor(erased.id());
            }
        }
        notices.forEach(this::tellListeners);
    }

    private Notice saved(Lead lead, BiConsumer<LeadListener, Lead> tell) {
        leads.save(lead);
        return new Notice(lead, tell);
    }

    private static Lead withSlot(Lead lead, VisitSlot slot) {
        return new Lead(lead.id(), lead.conversationId(), lead.channel(), lead.source(), lead.createdAt(),
                lead.firstName(), lead.contactChannel(), lead.phone(), lead.email(), lead.postcode(),
                lead.departement(), lead.diagnosis(), lead.availability(), lead.visitFormat(), slot,
                lead.requestedByPerson(), lead.status());
    }

    private void tellListeners(Notice notice) {
        for (LeadListener listener : listeners) {
            try {
                notice.tell().accept(listener, notice.lead());
            } catch (RuntimeException e) {
                LOG.error("lead {} stored, but {} could not be told", notice.lead().id(),
                        listener.getClass().getSimpleName(), new RedactedFailure(e));
            }
        }
    }
}
