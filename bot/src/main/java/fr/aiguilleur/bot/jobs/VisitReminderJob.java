package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds people of their visit the day before, once, on the channel of their conversation.
 * People of the web chat cannot be reached unprompted: they are skipped. A reminder is noted
 * before it is sent, so it is sent at most once (a failed send is not tried again).
 */
public class VisitReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(VisitReminderJob.class);

    private final VisitReminders reminders;
    private final Leads leads;
    private final SentReminders sent;
    private final Notifiers notifiers;
    private final Clock clock;

    public VisitReminderJob(VisitReminders reminders, Leads leads, SentReminders sent,
            List<PersonNotifier> notifiers, Clock clock) {
        this.reminders = reminders;
        this.leads = leads;
        this.sent = sent;
        this.notifiers = new Notifiers(notifiers);
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many were sent. */
    public int run() {
        int count = 0;
        for (VisitReminders.Reminder reminder : reminders.due(leads.all(), Set.of(), clock.instant())) {
            var lead = reminder.lead();
            Optional<PersonNotifier> notifier = notifiers.on(lead.channel());
            if (notifier.isEmpty() || !sent.firstTime(lead.id())) {
                continue;
            }
            try {
                String language = lead.language() == null ? "fr" : lead.language();
                if (notifier.get().send(lead.conversationId(), language, List.of(reminder.message()))) {
                    count++;
                }
            } catch (RuntimeException e) {
                LOG.warn("the visit reminder of lead {} was not sent", lead.id(), new RedactedFailure(e));
            }
        }
        return count;
    }
}
