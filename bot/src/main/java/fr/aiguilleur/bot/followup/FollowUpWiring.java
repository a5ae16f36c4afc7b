package fr.aiguilleur.bot.followup;

import fr.aiguilleur.bot.chat.LeadSettings;
import fr.aiguilleur.bot.jobs.SentReminders;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/** The invites and files given to people, and the e-mails when SMTP is set ({@code SPRING_MAIL_HOST}). */
@Configuration(proxyBeanMethods = false)
class FollowUpWiring {

    @Bean
    VisitInvites visitInvites(Coordinators coordinators) {
        return new VisitInvites(coordinators);
    }

    @Bean
    AttachmentFiles attachmentFiles(VisitInvites invites, Questionnaires questionnaires, Leads leads,
            Conversations conversations, CheckIns checkIns) {
        return new AttachmentFiles(invites, new PersonalData(questionnaires, leads, checkIns), conversations);
    }

    /** E-mail, on when Spring Boot has an SMTP server ({@code SPRING_MAIL_HOST}, …). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    static class MailWiring {

        private static final Logger LOG = LoggerFactory.getLogger(MailWiring.class);

        @Bean
        VisitMails visitMails(JavaMailSender sender, VisitInvites invites, VisitPlanner planner,
                @Value("${aiguilleur.mail.from}") String from, LeadSettings leadSettings) {
            LOG.info("e-mail on: confirmations and reminders are mailed to people who gave an address");
            return new VisitMails(sender, invites, from, planner.callBackWorkingDays(), leadSettings.leadRetention());
        }

        @Bean
        MailedLeads mailedLeads(VisitMails mails) {
            return new MailedLeads(mails);
        }

        @Bean
        MailReminderJob mailReminderJob(VisitReminders reminders, Leads leads, SentReminders sent, VisitMails mails,
                Clock clock) {
            return new MailReminderJob(reminders, leads, sent, mails, clock);
        }

        @Bean
        MailSchedule mailSchedule(MailReminderJob job) {
            return new MailSchedule(job);
        }
    }

    /** Runs the e-mail reminders beside the chat reminders. */
    record MailSchedule(MailReminderJob job) {

        @Scheduled(fixedDelayString = "${aiguilleur.reminders.check-every:10m}",
                initialDelayString = "${aiguilleur.reminders.check-every:10m}")
        void remind() {
            try {
                job.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(MailSchedule.class).warn("e-mail reminders skipped this round ({})",
                        e.getClass().getSimpleName());
            }
        }
    }
}
