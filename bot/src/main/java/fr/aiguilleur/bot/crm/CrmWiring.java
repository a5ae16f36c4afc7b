package fr.aiguilleur.bot.crm;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The CRM webhook, built only when {@code aiguilleur.crm.webhook-url} is set: the outbox listener
 * and the sender that empties the outbox every {@code aiguilleur.crm.send-every}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.crm.webhook-url:}'.isEmpty()")
class CrmWiring {

    private static final Logger LOG = LoggerFactory.getLogger(CrmWiring.class);

    /** Without Redis; the Redis stores give a persisted outbox instead. */
    @Bean
    @ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
    Outbox outbox() {
        LOG.warn("the CRM outbox is kept in memory: changes not yet delivered are lost at restart");
        return new InMemoryOutbox();
    }

    @Bean
    CrmOutbox crmOutbox(Outbox outbox, Clock clock) {
        return new CrmOutbox(outbox, clock);
    }

    @Bean
    CrmSender crmSender(Outbox outbox, CrmSettings settings, Clock clock, MeterRegistry meters) {
        if (settings.webhookSecret() == null || settings.webhookSecret().isBlank()) {
            LOG.warn("AIGUILLEUR_CRM_WEBHOOK_SECRET is empty: the CRM cannot check the signatures");
        }
        return new CrmSender(outbox, settings, clock, meters);
    }

    /** How many lead changes wait for the CRM (a Redis read at each scrape, with Redis). */
    @Bean
    MeterBinder crmOutboxMeters(Outbox outbox) {
        return meters -> Gauge.builder("aiguilleur.crm.outbox.waiting", outbox, Outbox::waiting)
                .description("Lead changes waiting in the CRM outbox").register(meters);
    }

    @Bean
    CrmSchedule crmSchedule(CrmSender sender) {
        return new CrmSchedule(sender);
    }

    /** Empties the outbox on the scheduler's thread. */
    record CrmSchedule(CrmSender sender) {

        @Scheduled(fixedDelayString = "${aiguilleur.crm.send-every:30s}",
                initialDelayString = "${aiguilleur.crm.send-every:30s}")
        void send() {
            try {
                sender.sendDue();
            } catch (RuntimeException e) {
                LOG.warn("the CRM outbox could not be read ({}); next try at the next round",
                        e.getClass().getSimpleName());
            }
        }
    }
}
