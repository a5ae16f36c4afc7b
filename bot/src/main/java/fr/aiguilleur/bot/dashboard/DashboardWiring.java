package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.chat.OperatorSettings;
import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters;
import fr.aiguilleur.bot.dashboard.indicators.FunnelCounting;
import fr.aiguilleur.bot.dashboard.indicators.InMemoryFunnelCounters;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What the dashboard's pages share: its logins, the leads a viewer may see, the words shown for
 * codes, the indicators and their counters.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWiring {

    @Bean
    Labels dashboardLabels(Questionnaires questionnaires, ServiceCatalogue services) {
        return new Labels(questionnaires, services);
    }

    @Bean
    FrenchPages dashboardInFrench() {
        return new FrenchPages();
    }

    @Bean
    LeadAccess leadAccess(Leads leads, CoordinatorsSource coordinators) {
        return new LeadAccess(leads, coordinators);
    }

    @Bean
    LeadDesk leadDesk(LeadAccess access, Diagnoses diagnoses, Conversations conversations,
            CoordinatorsSource coordinators, Labels labels, Clock clock, CheckIns checkIns) {
        return new LeadDesk(access, diagnoses, conversations, coordinators, labels, clock, checkIns);
    }

    @Bean
    Indicators indicators(Diagnoses diagnoses, Leads leads, FunnelCounters counters, Labels labels, LeadDesk desk) {
        return new Indicators(diagnoses, leads, counters, labels, desk::follower);
    }

    @Bean
    FollowUps followUps(CheckIns checkIns, CoordinatorsSource coordinators, Labels labels) {
        return new FollowUps(checkIns, coordinators, labels);
    }

    @Bean
    @ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
    FunnelCounters funnelCounters() {
        return new InMemoryFunnelCounters();
    }

    /** Counts every stored turn for the funnel (a {@code TurnListener} of the chat). */
    @Bean
    FunnelCounting funnelCounting(FunnelCounters counters, Clock clock) {
        return new FunnelCounting(counters, clock);
    }

    @Bean
    PasswordEncoder dashboardPasswordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    DashboardUsers dashboardUsers(CoordinatorsSource coordinators, PasswordEncoder encoder) {
        return new DashboardUsers(coordinators.get(), encoder);
    }

    /** The coordinators of the application when it has them, else those of the operator's file. */
    @Bean
    CoordinatorsSource dashboardCoordinators(ObjectProvider<Coordinators> application, OperatorSettings operator) {
        Coordinators found = application.getIfAvailable();
        if (found != null) {
            return () -> found;
        }
        Path file = operator.configDir().resolve("coordinators.yaml");
        Coordinators read = Files.isRegularFile(file) ? Coordinators.load(file) : Coordinators.packaged();
        return () -> read;
    }
}
