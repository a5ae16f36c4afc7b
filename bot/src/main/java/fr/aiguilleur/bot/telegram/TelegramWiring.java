package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.chat.OperatorSettings;
import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.leads.LeadFollowUp;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.leads.Leads;
import io.micrometer.core.instrument.MeterRegistry;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram channel, built only when a bot token is set: what long polling and the webhook
 * share. {@link PollingWiring} and {@link WebhookWiring} add the way updates come in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.telegram.token:}'.isEmpty()")
class TelegramWiring {

    static final Duration LONGEST_START_PAUSE = Duration.ofMinutes(1);

    @Bean(destroyMethod = "close")
    TelegramHttp telegramHttp(TelegramSettings settings, MeterRegistry meters) {
        return new TelegramHttp(settings, new BotApiMeters(meters));
    }

    @Bean
    @ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
    UpdateDedup updateDedup() {
        return new InMemoryUpdateDedup();
    }

    @Bean
    @ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
    InactiveChats inactiveChats() {
        return new InMemoryInactiveChats();
    }

    @Bean
    ChatReplies chatReplies(TelegramHttp http, TelegramSettings settings, InactiveChats inactive) {
        var calls = new BotCalls(http.client(), settings.sending(), SendingPace.Time.SYSTEM);
        return new ChatReplies(calls, new SendingPace(settings.sending(), SendingPace.Time.SYSTEM), inactive);
    }

    /** The coordinators of the application when it has them, else those of the operator's file. */
    @Bean
    CoordinatorChats coordinatorChats(TelegramSettings settings, ObjectProvider<Coordinators> coordinators,
            OperatorSettings operator) {
        return new CoordinatorChats(settings, () -> Optional.ofNullable(coordinators.getIfAvailable())
                .or(() -> CoordinatorChats.fromOperatorFolder(operator.configDir())));
    }

    @Bean
    TelegramUpdates telegramUpdates(UpdateDedup dedup, Switchboard switchboard, ChatReplies replies,
            InactiveChats inactive, MessageSource messageSource, Leads leads, LeadFollowUp followUp,
            CoordinatorChats chats, MeterRegistry meters) {
        var turns = new PersonTurns(switchboard, replies, messageSource);
        var dispatch = new UpdateDispatch(turns, new LeadTaking(leads, followUp, chats, replies),
                new ChatMembership(inactive, chats, replies), replies);
        return new TelegramUpdates(dedup, inactive, dispatch, meters);
    }

    @Bean
    CommandMenu commandMenu(ChatReplies replies) {
        return new CommandMenu(replies, LONGEST_START_PAUSE);
    }

    @Bean
    TelegramPersonNotifier telegramPersonNotifier(ChatReplies replies) {
        return new TelegramPersonNotifier(replies);
    }

    @Bean
    CoordinatorNotification coordinatorNotification(CoordinatorChats chats, ChatReplies replies,
            Questionnaires questionnaires) {
        return new CoordinatorNotification(chats, replies, new LeadSummary(questionnaires));
    }
}
