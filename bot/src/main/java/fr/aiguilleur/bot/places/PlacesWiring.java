package fr.aiguilleur.bot.places;

import fr.aiguilleur.conversations.places.PlaceFinder;
import fr.aiguilleur.conversations.places.PostcodePositions;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The places in use and their refresh: the local file or the kept copy is read at start; the URL
 * is downloaded in the background (the service is ready without waiting for it), then every
 * {@code refresh-every}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlacesSettings.class)
class PlacesWiring {

    @Bean
    PlacesInUse placesInUse(PlacesSettings settings) {
        PlacesInUse places = new PlacesInUse(settings, Clock.systemUTC());
        places.startQuickly();
        return places;
    }

    /**
     * Refreshes the places on a thread of their own. Not a {@code ScheduledExecutorService} bean:
     * Spring's {@code @Scheduled} would take such a bean for its scheduler, and every job (reminders,
     * follow-ups, the CRM outbox) would then wait behind a slow download.
     */
    @Bean
    PlacesRefresh placesRefresh(PlacesInUse places, PlacesSettings settings) {
        ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "places-refresh");
            thread.setDaemon(true);
            return thread;
        });
        if (settings.fromFile() || settings.fromUrl()) {
            long every = settings.refreshEvery().toSeconds();
            refresh.scheduleWithFixedDelay(places::refresh, settings.fromUrl() ? 0 : every, every, TimeUnit.SECONDS);
        }
        return new PlacesRefresh(refresh);
    }

    /** The refresh's thread, stopped with the service. */
    record PlacesRefresh(ScheduledExecutorService executor) implements AutoCloseable {

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Bean
    PlaceFinder placeFinder(PlacesInUse places) {
        return new PlaceFinder(PostcodePositions.packaged(), places::current);
    }
}
