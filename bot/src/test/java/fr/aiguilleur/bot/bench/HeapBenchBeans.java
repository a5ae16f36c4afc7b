package fr.aiguilleur.bot.bench;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.conversations.dialogue.Channel;
import fr.aiguilleur.conversations.dialogue.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Added to the service for the heap benchmark only (a source of its SpringApplication, never
 * scanned): a clock the benchmark moves forward, so the inactivity jobs find the conversations
 * silent, and a Telegram notifier that counts reminders instead of calling the Bot API.
 */
class HeapBenchBeans {

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
        return new ShiftedClock();
    }

    @Bean
    CountingNotifier countingNotifier() {
        return new CountingNotifier();
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

    /** Counts the reminders the job would have sent on Telegram. */
    static final class CountingNotifier implements PersonNotifier {

        final AtomicLong sent = new AtomicLong();

        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public boolean send(ConversationId conversation, String language, List<Message> messages) {
            sent.incrementAndGet();
            return true;
        }
    }
}
