package fr.aiguilleur.bot.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.conversations.leads.Lead;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * Queues each lead change for the CRM, as part of storing it (a durable listener): the body
 * {@code {"event","leadId","deliveryId","version","lead":{…}}} is written now and sent later by
 * {@link CrmSender}.
 */
public final class CrmOutbox implements LeadListener.Durable {

    public static final String CONFIRMED = "lead.confirmed";
    public static final String CANCELLED = "lead.cancelled";
    public static final String RESCHEDULED = "lead.rescheduled";
    public static final String STATUS_CHANGED = "lead.status_changed";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Outbox outbox;
    private final Clock clock;

    public CrmOutbox(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void onLeadConfirmed(Lead lead) {
        queue(CONFIRMED, lead);
    }

    @Override
    public void onLeadCancelled(Lead lead) {
        queue(CANCELLED, lead);
    }

    @Override
    public void onLeadRescheduled(Lead lead) {
        queue(RESCHEDULED, lead);
    }

    @Override
    public void onLeadStatusChanged(Lead lead) {
        queue(STATUS_CHANGED, lead);
    }

    private void queue(String event, Lead lead) {
        String deliveryId = CrmDelivery.idOf(lead.id(), event, lead.version());
        outbox.enqueue(new CrmDelivery(deliveryId, event, lead.id(), body(event, deliveryId, lead), 0,
                clock.instant()));
    }

    static String body(String event, String deliveryId, Lead lead) {
        var body = new LinkedHashMap<String, Object>();
        body.put("event", event);
        body.put("leadId", lead.id());
        body.put("deliveryId", deliveryId);
        body.put("version", lead.version());
        body.put("lead", lead);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the CRM body of a lead", e);
        }
    }
}
