package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters;
import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import fr.aiguilleur.bot.support.ChatVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The funnel indicators count what really happens in the web chat, not only what tests feed them.
 * The visitor waits for answers as long as a loaded machine needs (a fresh context answers slowly).
 */
@DashboardTest
class FunnelWiringTests {

    @Autowired
    WebTestClient client;

    @Autowired
    FunnelCounters counters;

    @Test
    void countsAConversationStartedAndConsentedThroughTheWebChat() {
        long startedBefore = total(Counter.STARTED);
        long consentedBefore = total(Counter.CONSENTED);

        new ChatVisitor(client).taps("consent", "yes");

        assertThat(total(Counter.STARTED)).isEqualTo(startedBefore + 1);
        assertThat(total(Counter.CONSENTED)).isEqualTo(consentedBefore + 1);
    }

    private long total(Counter counter) {
        return counters.weeks().values().stream().mapToLong(week -> week.getOrDefault(counter, 0L)).sum();
    }
}
