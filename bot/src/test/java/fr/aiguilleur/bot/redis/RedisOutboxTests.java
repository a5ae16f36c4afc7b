package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.crm.CrmDelivery;
import fr.aiguilleur.bot.support.RedisExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisOutboxTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));
    private static final RedisOutbox outbox = new RedisOutbox(redis);

    private static final Instant NOW = Instant.parse("2026-05-12T09:30:00Z");

    /** A delivery of a lead no other test uses, due in the far past so only this test's filter matters. */
    private static CrmDelivery delivery(Instant at) {
        String leadId = UUID.randomUUID().toString();
        return new CrmDelivery(CrmDelivery.idOf(leadId, "lead.confirmed", 0), "lead.confirmed", leadId,
                "{\"leadId\":\"" + leadId + "\"}", 0, at);
    }

    private static boolean isDue(CrmDelivery delivery, Instant now) {
        return outbox.due(now, 10_000).stream().anyMatch(due -> due.deliveryId().equals(delivery.deliveryId()));
    }

    @Test
    void keepsADeliveryUntilItIsDeliveredAndRefusesItAfterwards() {
        CrmDelivery delivery = delivery(NOW);
        assertThat(outbox.enqueue(delivery)).isTrue();
        assertThat(outbox.enqueue(delivery)).as("queued twice").isFalse();
        assertThat(isDue(delivery, NOW)).isTrue();

        outbox.delivered(delivery.deliveryId());

        assertThat(isDue(delivery, NOW)).isFalse();
        assertThat(outbox.enqueue(delivery)).as("already delivered").isFalse();
    }

    @Test
    void postponesAFailedDelivery() {
        CrmDelivery delivery = delivery(NOW);
        outbox.enqueue(delivery);

        outbox.retry(delivery.failed(NOW.plusSeconds(60)));

        assertThat(isDue(delivery, NOW.plusSeconds(59))).isFalse();
        assertThat(outbox.due(NOW.plusSeconds(60), 10_000)).filteredOn(due -> due.deliveryId()
                .equals(delivery.deliveryId())).singleElement().extracting(CrmDelivery::attempts).isEqualTo(1);
        outbox.delivered(delivery.deliveryId());
    }
}
