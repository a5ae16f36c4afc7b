package fr.aiguilleur.bot.crm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One lead change waiting in the outbox until the CRM acknowledges it. The body is written once,
 * so every attempt sends the same bytes, signature and idempotency key.
 *
 * @param deliveryId    derived from the lead id, the event and the lead version: the same change
 *                      queued twice is one delivery
 * @param event         lead.confirmed, lead.cancelled, lead.rescheduled or lead.status_changed
 * @param leadId        the lead
 * @param body          the JSON posted
 * @param attempts      failed attempts so far
 * @param nextAttemptAt when to try (again)
 */
public record CrmDelivery(String deliveryId, String event, String leadId, String body, int attempts,
        Instant nextAttemptAt) {

    public CrmDelivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    }

    /** The id of a lead change, the same each time the same change is queued. */
    public static String idOf(String leadId, String event, long leadVersion) {
        String name = "crm:" + leadId + ":" + event + ":" + leadVersion;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The delivery after one more failed attempt, to be tried again at {@code next}. */
    public CrmDelivery failed(Instant next) {
        return new CrmDelivery(deliveryId, event, leadId, body, attempts + 1, next);
    }
}
