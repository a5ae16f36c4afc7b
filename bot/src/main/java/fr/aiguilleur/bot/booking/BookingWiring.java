package fr.aiguilleur.bot.booking;

import fr.aiguilleur.bot.chat.OperatorSettings;
import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The coordinators (the operator's {@code coordinators.yaml} when the config folder has one, else
 * the packaged demo coordinator) and the planner that books their slots in {@link Bookings} (kept
 * in memory or in Redis, by the stores' configuration).
 */
@Configuration(proxyBeanMethods = false)
class BookingWiring {

    private static final Logger LOG = LoggerFactory.getLogger(BookingWiring.class);

    /** @throws fr.aiguilleur.conversations.booking.InvalidCoordinators naming the line: the service does not start */
    @Bean
    Coordinators coordinators(OperatorSettings settings) {
        Path file = settings.configDir().resolve("coordinators.yaml");
        if (Files.isRegularFile(file)) {
            LOG.info("coordinators read from {}", file.toAbsolutePath());
            return Coordinators.load(file);
        }
        LOG.info("no {} found: the packaged demo coordinator is used", file.toAbsolutePath());
        return Coordinators.packaged();
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
