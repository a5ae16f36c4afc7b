package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.bot.chat.LeadSettings;
import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The background jobs: visit reminders, the reminder after a silence, the erasure of abandoned conversations. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(JobsWiring.class);

    /** Without Redis; the Redis stores share the reminded visits between instances instead. */
    @Bean
    @ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
    SentReminders sentReminders() {
        return new InMemorySentReminders();
    }

    @Bean
    VisitReminderJob visitReminderJob(VisitReminders reminders, Leads leads, SentReminders sent,
            List<PersonNotifier> notifiers, Clock clock) {
        return new VisitReminderJob(reminders, leads, sent, notifiers, clock);
    }

    @Bean
    InactivityJob inactivityJob(Conversations conversations, InactivitySettings settings,
            List<PersonNotifier> notifiers, ObjectProvider<AbandonListener> listeners, Clock clock) {
        return new InactivityJob(conversations, settings, notifiers, listeners.orderedStream().toList(), clock);
    }

    @Bean
    LeadPurgeJob leadPurgeJob(Leads leads, LeadSettings settings, Clock clock) {
        return new LeadPurgeJob(leads, settings.leadRetention(), clock);
    }

    @Bean
    JobSchedule jobSchedule(VisitReminderJob reminders, InactivityJob inactivity, LeadPurgeJob purge) {
        return new JobSchedule(reminders, inactivity, purge);
    }

    /** Runs the jobs on the scheduler's thread; a failed round (store down) waits for the next. */
    record JobSchedule(VisitReminderJob reminders, InactivityJob inactivity, LeadPurgeJob purge) {

        @Scheduled(fixedDelayString = "${aiguilleur.lead.purge-every:6h}",
                initialDelayString = "${aiguilleur.lead.purge-every:6h}")
        void forget() {
            guarded("people forgotten after the lead retention", purge::purge);
        }

        @Scheduled(fixedDelayString = "${aiguilleur.reminders.check-every:10m}",
                initialDelayString = "${aiguilleur.reminders.check-every:10m}")
        void remind() {
            guarded("visit reminders", reminders::run);
        }

        @Scheduled(fixedDelayString = "${aiguilleur.inactivity.check-every:15m}",
                initialDelayString = "${aiguilleur.inactivity.check-every:15m}")
        void silences() {
            guarded("reminders after a silence", inactivity::nudge);
            guarded("erasure of abandoned conversations", inactivity::abandon);
        }

        private static void guarded(String what, java.util.function.IntSupplier job) {
            try {
                int done = job.getAsInt();
                if (done > 0) {
                    LOG.info("{}: {}", what, done);
                }
            } catch (RuntimeException e) {
                LOG.warn("{} skipped this round ({})", what, e.getClass().getSimpleName());
            }
        }
    }
}
