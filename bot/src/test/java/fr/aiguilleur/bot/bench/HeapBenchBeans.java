package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Added to the service for the heap benchmark only (a source of its SpringApplication, never
 * scanned): a clock the benchmark moves forward, so the inactivity jobs find the conversations
 * silent, and a Telegram notifier that takes reminders without calling the Bot API.
 */
class HeapBenchBeans {

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
        return new ShiftedClock();
    }

    @Bean
    SilentNotifier silentNotifier() {
        return new SilentNotifier();
    }

    /** The system clock, plus a shift the benchmark sets. */
    static final class ShiftedClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration ahead) {
            shift = ahead;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Takes the reminders the job sends on Telegram, and sends nothing. */
    static final class SilentNotifier implements PersonNotifier {

        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public boolean send(ConversationId conversation, String language, List<Message> messages) {
            return true;
        }
    }
}
