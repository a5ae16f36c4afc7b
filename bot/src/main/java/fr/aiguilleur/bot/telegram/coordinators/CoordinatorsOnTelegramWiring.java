package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.chat.OperatorSettings;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.bot.telegram.ChatReplies;
import fr.aiguilleur.bot.telegram.TelegramSettings;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinators' side of Telegram, built only when a bot token is set: their chats, the new
 * lead's message with its "Je prends" button, and the taking of a lead by that button.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.telegram.token:}'.isEmpty()")
class CoordinatorsOnTelegramWiring {

    /** The coordinators of the application when it has them, else those of the operator's file. */
    @Bean
    CoordinatorChats coordinatorChats(TelegramSettings settings, ObjectProvider<Coordinators> coordinators,
            OperatorSettings operator) {
        return new CoordinatorChats(settings, () -> Optional.ofNullable(coordinators.getIfAvailable())
                .or(() -> CoordinatorChats.fromOperatorFolder(operator.configDir())));
    }

    @Bean
    LeadTaking leadTaking(Leads leads, LeadFollowUp followUp, CoordinatorChats chats, ChatReplies replies) {
        return new LeadTaking(leads, followUp, chats, replies);
    }

    @Bean
    CoordinatorNotification coordinatorNotification(CoordinatorChats chats, ChatReplies replies,
            Questionnaires questionnaires, fr.aiguilleur.conversations.booking.VisitPlanner planner,
            fr.aiguilleur.bot.followup.VisitInvites invites) {
        return new CoordinatorNotification(chats, replies, new LeadSummary(questionnaires,
                new LeadSummary.SlotTimes(invites::zoneOf, planner.callBackWorkingDays())));
    }
}
