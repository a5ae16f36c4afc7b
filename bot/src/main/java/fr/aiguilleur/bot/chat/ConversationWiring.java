package fr.aiguilleur.bot.chat;

import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the dialogue engine and what it needs: questionnaires, services catalogue, clock (the
 * planner of the coordinators' calendars comes from the booking package), and what stores turns.
 */
@Configuration(proxyBeanMethods = false)
class ConversationWiring {

    @Bean
    Questionnaires questionnaires() {
        return Questionnaires.packaged();
    }

    /** The operator's catalogue when {@code services.yaml} is in the config folder, else the packaged one. */
    @Bean
    ServiceCatalogue serviceCatalogue(OperatorSettings settings) {
        return settings.fileOrPackaged("services.yaml", ServiceCatalogue::load, ServiceCatalogue::packaged);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DialogueEngine dialogueEngine(Questionnaires questionnaires, Diagnostician diagnostician,
            ServiceCatalogue serviceCatalogue, VisitPlanner visitPlanner, LeadSettings leadSettings,
            @Value("${spring.mail.host:}") String mailHost) {
        return new DialogueEngine(questionnaires, diagnostician, serviceCatalogue, visitPlanner,
                leadSettings.leadRetention(), !mailHost.isBlank());
    }

    @Bean
    TurnRecorder turnRecorder(Diagnoses diagnoses, Leads leads, List<LeadListener> listeners, Clock clock,
            Coordinators coordinators, VisitPlanner visitPlanner, List<TurnListener> turnListeners, CheckIns checkIns) {
        return new TurnRecorder(diagnoses, leads, listeners, clock, coordinators, visitPlanner, turnListeners,
                checkIns);
    }

    @Bean
    LeadFollowUp leadFollowUp(Leads leads, List<LeadListener> listeners, Clock clock) {
        return new LeadFollowUp(leads, listeners, clock);
    }

    @Bean
    Switchboard switchboard(DialogueEngine engine, Conversations conversations, TurnRecorder recorder,
            MessageSource messageSource, Clock clock, MeterRegistry meters, List<OutsideAnswers> outside) {
        return new Switchboard(engine, conversations, recorder, messageSource, clock, meters, outside);
    }
}
