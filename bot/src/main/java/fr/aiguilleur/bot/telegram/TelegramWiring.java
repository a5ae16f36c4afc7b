package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.chat.Switchboard;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Telegram channel, built only when a bot token is set: what long polling and the webhook
 * share. {@link PollingWiring} and {@link WebhookWiring} add the way updates come in; the
 * coordinators' features (package {@code coordinators}) add what they hand the transport.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.telegram.token:}'.isEmpty()")
public class TelegramWiring {

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
    ChatReplies chatReplies(TelegramHttp http, TelegramSettings settings, InactiveChats inactive,
            ObjectProvider<SharedPace> shared, fr.aiguilleur.bot.followup.AttachmentFiles files) {
        var calls = new BotCalls(http.client(), settings.sending(), SendingPace.Time.SYSTEM);
        var pace = new SendingPace(settings.sending(), SendingPace.Time.SYSTEM, shared.getIfAvailable());
        return new ChatReplies(calls, pace, inactive, files);
    }

    @Bean
    UpdateDispatch updateDispatch(Switchboard switchboard, ChatReplies replies, InactiveChats inactive,
            MessageSource messageSource, CoordinatorTaps coordinatorTaps, CoordinatorGroups coordinatorGroups) {
        var turns = new PersonTurns(switchboard, replies, messageSource);
        return new UpdateDispatch(turns, coordinatorTaps, new ChatMembership(inactive, coordinatorGroups, replies),
                replies);
    }

    /** With Redis, the workers of the durable intake, shared by every instance. */
    @Bean
    @ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty()")
    InboxWorkers inboxWorkers(UpdateInbox inbox, UpdateDispatch dispatch, InactiveChats inactive,
            TelegramHttp http, IntakeSettings settings, MeterRegistry meters) {
        return new InboxWorkers(inbox, dispatch, inactive, http.json().readerFor(Update.class), settings, meters);
    }

    /** Durable (stored in Redis before acknowledged) when Redis is set; in memory otherwise. */
    @Bean
    TelegramUpdates telegramUpdates(ObjectProvider<UpdateDedup> dedup, ObjectProvider<UpdateInbox> inbox,
            ObjectProvider<InboxWorkers> workers, UpdateDispatch dispatch, InactiveChats inactive, TelegramHttp http,
            MeterRegistry meters) {
        UpdateInbox shared = inbox.getIfAvailable();
        if (shared != null) {
            return TelegramUpdates.durable(new TelegramUpdates.Durable(shared, workers.getObject(), http.json().writer()), meters);
        }
        return new TelegramUpdates(dedup.getObject(), inactive, dispatch, meters);
    }

    @Bean
    CommandMenu commandMenu(ChatReplies replies) {
        return new CommandMenu(replies, LONGEST_START_PAUSE);
    }

    @Bean
    TelegramPersonNotifier telegramPersonNotifier(ChatReplies replies) {
        return new TelegramPersonNotifier(replies);
    }
}
