package fr.aiguilleur.bot.followup;

import fr.aiguilleur.bot.jobs.SentReminders;
import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mails the reminder of a visit the day before to people who gave an e-mail address, once (noted
 * before it is sent, shared between instances like the chat reminders).
 */
public final class MailReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailReminderJob.class);

    private final VisitReminders reminders;
    private final Leads leads;
    private final SentReminders sent;
    private final VisitMails mails;
    private final Clock clock;

    public MailReminderJob(VisitReminders reminders, Leads leads, SentReminders sent, VisitMails mails, Clock clock) {
        this.reminders = reminders;
        this.leads = leads;
        this.sent = sent;
        this.mails = mails;
        this.clock = clock;
    }

    /** Sends the reminders due now; returns how many were sent. */
    public int run() {
        int count = 0;
        for (VisitReminders.Reminder reminder : reminders.due(leads.all(), Set.of(), clock.instant())) {
            var lead = reminder.lead();
            if (lead.email() == null || !sent.firstTime("mail:" + lead.id())) {
                continue;
            }
            try {
                mails.reminder(lead);
                count++;
            } catch (RuntimeException e) {
                LOG.warn("the reminder e-mail of lead {} was not sent", lead.id(), new RedactedFailure(e));
            }
        }
        return count;
    }
}
