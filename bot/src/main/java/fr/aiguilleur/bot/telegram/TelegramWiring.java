package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.chat.Switchboard;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
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
            fr.aiguilleur.bot.followup.AttachmentFiles files) {
        var calls = new BotCalls(http.client(), settings.sending(), SendingPace.Time.SYSTEM);
        return new ChatReplies(calls, new SendingPace(settings.sending(), SendingPace.Time.SYSTEM), inactive, files);
    }

    @Bean
    TelegramUpdates telegramUpdates(UpdateDedup dedup, Switchboard switchboard, ChatReplies replies,
            InactiveChats inactive, MessageSource messageSource, CoordinatorTaps coordinatorTaps,
            CoordinatorGroups coordinatorGroups, MeterRegistry meters) {
        var turns = new PersonTurns(switchboard, replies, messageSource);
        var dispatch = new UpdateDispatch(turns, coordinatorTaps,
                new ChatMembership(inactive, coordinatorGroups, replies), replies);
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
}
