package fr.aiguilleur.bot.redis;

import fr.aiguilleur.bot.telegram.InactiveChats;
import fr.aiguilleur.bot.telegram.SharedPace;
import fr.aiguilleur.bot.telegram.TelegramSettings;
import fr.aiguilleur.bot.telegram.UpdateInbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Telegram channel's shared memory in Redis, when both Redis and a bot token are set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${aiguilleur.redis.url:}'.isEmpty() && !'${aiguilleur.telegram.token:}'.isEmpty()")
class RedisTelegramStores {

    /** The durable intake: updates stored before acknowledged, handled by any instance. */
    @Bean
    UpdateInbox updateInbox(Redis redis, TelegramSettings telegram) {
        return new RedisUpdateInbox(redis, telegram.botId());
    }

    /** The pace to Telegram, shared by every instance. */
    @Bean
    SharedPace sharedPace(Redis redis, TelegramSettings telegram) {
        return new RedisSharedPace(redis, telegram.botId());
    }

    @Bean
    InactiveChats inactiveChats(Redis redis, TelegramSettings telegram) {
        return new RedisInactiveChats(redis, telegram.botId());
    }
}
