package fr.aiguilleur.bot.metrics;

import fr.aiguilleur.bot.chat.TurnListener;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Turn;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/** Counts what stored turns lead to: diagnoses by decision, leads confirmed, cancelled or moved. */
final class TurnMeters implements TurnListener {

    private final Map<Decision, Counter> diagnoses = new EnumMap<>(Decision.class);
    private final Counter confirmed;
    private final Counter cancelled;
    private final Counter rescheduled;

    TurnMeters(MeterRegistry meters) {
        for (Decision decision : Decision.values()) {
            diagnoses.put(decision, Counter.builder("aiguilleur.diagnoses")
                    .tag("decision", decision.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Diagnoses completed in conversations, by decision").register(meters));
        }
        confirmed = lead(meters, "confirmed");
        cancelled = lead(meters, "cancelled");
        rescheduled = lead(meters, "rescheduled");
    }

    private static Counter lead(MeterRegistry meters, String event) {
        return Counter.builder("aiguilleur.leads").tag("event", event)
                .description("Leads confirmed, cancelled or moved by the person").register(meters);
    }

    @Override
    public void turnStored(Turn turn) {
        for (DialogueEvent event : turn.events()) {
            if (event instanceof DialogueEvent.DiagnosisCompleted completed) {
                diagnoses.get(completed.diagnosis().decision()).increment();
            } else if (event instanceof DialogueEvent.LeadConfirmed) {
                confirmed.increment();
            } else if (event instanceof DialogueEvent.LeadCancelled) {
                cancelled.increment();
            } else if (event instanceof DialogueEvent.LeadRescheduled) {
                rescheduled.increment();
            }
        }
    }
}
