package fr.aiguilleur.bot.crm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Posts the deliveries due in the outbox to the CRM, signed, with their idempotency key; a
 * delivery stays until the CRM answers 2xx, and is tried again after a wait that doubles at each
 * failure (with ±20 % jitter, at most {@code longestRetry}). The waits are kept in the outbox, not
 * in memory (as a Reactor {@code Retry} would), so they survive a restart. Logs hold delivery and
 * lead ids only. Blocking: runs on the scheduler's thread.
 */
public class CrmSender {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int BATCH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(CrmSender.class);

    private final Outbox outbox;
    private final CrmSettings settings;
    private final Clock clock;
    private final WebClient client;
    private final Counter delivered;
    private final Counter failed;

    public CrmSender(Outbox outbox, CrmSettings settings, Clock clock) {
        this(outbox, settings, clock, new CompositeMeterRegistry());
    }

    /** @param meters where deliveries are counted by outcome ({@code aiguilleur.crm.deliveries}) */
    public CrmSender(Outbox outbox, CrmSettings settings, Clock clock, MeterRegistry meters) {
        this.delivered = deliveries(meters, "delivered");
        this.failed = deliveries(meters, "failed");
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.timeout().toMillis())
                .responseTimeout(settings.timeout());
        this.client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    /** Tries every delivery due now, one after the other; returns how many the CRM acknowledged. */
    public int sendDue() {
        int acknowledged = 0;
        for (CrmDelivery delivery : outbox.due(clock.instant(), BATCH)) {
            if (post(delivery)) {
                outbox.delivered(delivery.deliveryId());
                delivered.increment();
                acknowledged++;
            } else {
                CrmDelivery again = delivery.failed(clock.instant().plus(wait(delivery.attempts() + 1)));
                outbox.retry(again);
                failed.increment();
                LOG.warn("CRM delivery {} of lead {} failed (attempt {}), next try at {}", delivery.deliveryId(),
                        delivery.leadId(), again.attempts(), again.nextAttemptAt());
            }
        }
        return acknowledged;
    }

    private static Counter deliveries(MeterRegistry meters, String outcome) {
        return Counter.builder("aiguilleur.crm.deliveries").tag("outcome", outcome)
                .description("Posts of lead changes to the CRM, by outcome").register(meters);
    }

    private boolean post(CrmDelivery delivery) {
        try {
            Boolean ok = client.post().uri(settings.webhookUrl())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(CrmSignature.HEADER, CrmSignature.of(delivery.body(), secret()))
                    .header(IDEMPOTENCY_KEY, delivery.deliveryId())
                    .header(HttpHeaders.USER_AGENT, "Aiguilleur")
                    .bodyValue(delivery.body())
                    .exchangeToMono(response -> response.releaseBody()
                            .thenReturn(response.statusCode().is2xxSuccessful()))
                    .block(settings.timeout().multipliedBy(3));
            return Boolean.TRUE.equals(ok);
        } catch (RuntimeException e) {
            LOG.debug("CRM delivery {} failed: {}", delivery.deliveryId(), e.getClass().getSimpleName());
            return false;
        }
    }

    /** The wait after the n-th failure: firstRetry × 2^(n-1), jittered ±20 %, at most longestRetry. */
    Duration wait(int failures) {
        Duration base = settings.firstRetry().multipliedBy(1L << Math.min(failures - 1, 20));
        if (base.compareTo(settings.longestRetry()) > 0) {
            base = settings.longestRetry();
        }
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (base.toMillis() * jitter)));
    }

    private String secret() {
        return settings.webhookSecret() == null ? "" : settings.webhookSecret();
    }
}
