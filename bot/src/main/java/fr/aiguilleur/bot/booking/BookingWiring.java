package fr.aiguilleur.bot.booking;

import fr.aiguilleur.bot.chat.OperatorSettings;
import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinators (the operator's {@code coordinators.yaml} when the config folder has one, else
 * the packaged demo coordinator) and the planner that books their slots in {@link Bookings} (kept
 * in memory or in Redis, by the stores' configuration).
 */
@Configuration(proxyBeanMethods = false)
class BookingWiring {

    /** @throws fr.aiguilleur.conversations.booking.InvalidCoordinators naming the line: the service does not start */
    @Bean
    Coordinators coordinators(OperatorSettings settings) {
        return settings.fileOrPackaged("coordinators.yaml", Coordinators::load, Coordinators::packaged);
    }

    @Bean
    VisitPlanner visitPlanner(Coordinators coordinators, Bookings bookings) {
        return new CoordinatorPlanner(coordinators, bookings);
    }

    @Bean
    VisitReminders visitReminders(Coordinators coordinators) {
        return new VisitReminders(coordinators);
    }
}
