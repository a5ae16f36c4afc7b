package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.InMemoryCheckIns;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.InMemoryConversations;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Leads;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stores kept in memory when no Redis URL is set: fine for one instance and for trying the service,
 * but everything is lost at restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${aiguilleur.redis.url:}'.isEmpty()")
class InMemoryStores {

    /** "store" in the readiness group: memory is always there (Redis's is {@code RedisHealth}). */
    @Bean
    HealthIndicator storeHealthIndicator() {
        return () -> Health.up().build();
    }

    @Bean
    Conversations conversations() {
        return new InMemoryConversations();
    }

    @Bean
    Leads leads() {
        return new InMemoryLeads();
    }

    @Bean
    Diagnoses diagnoses() {
        return new InMemoryDiagnoses();
    }

    @Bean
    CheckIns checkIns() {
        return new InMemoryCheckIns();
    }

    @Bean
    Bookings bookings() {
        return new InMemoryBookings();
    }
}
