package fr.aiguilleur.bot.crm;

import java.time.Instant;
import java.util.List;

/**
 * The lead changes waiting for the CRM, kept until it acknowledges them (in memory, or in Redis so
 * that a restart loses none). Delivered ids are remembered for a while, so a change queued again
 * after its delivery is not sent twice.
 */
public interface Outbox {

    /** Queues a delivery unless one with its id is waiting or was delivered; true when queued. */
    boolean enqueue(CrmDelivery delivery);

    /**
     * The deliveries to try at {@code now}, the longest waiting first, at most {@code limit}. A store
     * shared by several instances claims them for a while: another instance is not given them.
     */
    List<CrmDelivery> due(Instant now, int limit);

    /** The CRM acknowledged it: forgotten, its id remembered as delivered. */
    void delivered(String deliveryId);

    /** It failed: kept, to be tried again as the delivery given says. */
    void retry(CrmDelivery delivery);

    /** How many deliveries wait. */
    int waiting();
}
