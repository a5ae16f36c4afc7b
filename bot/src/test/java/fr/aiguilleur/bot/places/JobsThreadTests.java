package fr.aiguilleur.bot.places;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@BotTest
class JobsThreadTests {

    @Autowired
    ApplicationContext context;

    /** Spring's scheduled jobs would run on such a bean's one thread, behind a slow download of the places. */
    @Test
    void keepsThePlacesRefreshOffTheThreadOfTheScheduledJobs() {
        assertThat(context.getBeansOfType(ScheduledExecutorService.class)).isEmpty();
        assertThat(context.getBean(PlacesWiring.PlacesRefresh.class).executor().isShutdown()).isFalse();
    }
}
