package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.bot.chat.TurnRecorder;
import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.checkin.CheckInFlow;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.MainNeed;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/** The follow-up weeks later: its questions, the answers to its buttons, its e-mails and its job. */
@Configuration(proxyBeanMethods = false)
class CheckInWiring {

    @Bean
    CheckInFlow checkInFlow(Questionnaires questionnaires, Diagnostician diagnostician, ServiceCatalogue services,
            VisitPlanner planner) {
        return new CheckInFlow(questionnaires, diagnostician, services, planner.callBackWorkingDays());
    }

    @Bean
    CheckInAnswers checkInAnswers(CheckIns checkIns, CheckInFlow flow, Diagnostician diagnostician, Leads leads,
            TurnRecorder recorder, Clock clock) {
        return new CheckInAnswers(checkIns, flow, new VisitAskedLater(diagnostician, leads), recorder, clock);
    }

    @Bean
    CheckInTaps checkInTaps(CheckInAnswers answers) {
        return new CheckInTaps(answers);
    }

    @Bean
    CheckInJob checkInJob(CheckIns checkIns, Leads leads, CheckInSettings settings, CheckInFlow flow,
            Diagnostician diagnostician, Questionnaires questionnaires, List<PersonNotifier> notifiers,
            ObjectProvider<CheckInMails> mails, Clock clock) {
        return new CheckInJob(checkIns, leads, settings, flow, new MainNeed(diagnostician), questionnaires, notifiers,
                Optional.ofNullable(mails.getIfAvailable()), clock);
    }

    /** E-mail, on when Spring Boot has an SMTP server ({@code SPRING_MAIL_HOST}, …). */
    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    CheckInMails checkInMails(JavaMailSender sender, @Value("${aiguilleur.mail.from}") String from,
            CheckInSettings settings) {
        return new CheckInMails(sender, from, settings.publicUrl());
    }

    @Bean
    CheckInSchedule checkInSchedule(CheckInJob job) {
        return new CheckInSchedule(job);
    }

    /** Looks for due follow-ups on the scheduler's thread; a failed round (store down) waits for the next. */
    record CheckInSchedule(CheckInJob job) {

        @Scheduled(fixedDelayString = "${aiguilleur.follow-up.check-every:10m}",
                initialDelayString = "${aiguilleur.follow-up.check-every:10m}")
        void send() {
            try {
                int sent = job.run();
                if (sent > 0) {
                    LoggerFactory.getLogger(CheckInSchedule.class).info("follow-ups sent: {}", sent);
                }
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(CheckInSchedule.class).warn("follow-ups skipped this round ({})",
                        e.getClass().getSimpleName());
            }
        }
    }
}
