package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters;
import fr.aiguilleur.bot.dashboard.indicators.FunnelCounters.Counter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The funnel indicators count what really happens in the web chat, not only what tests feed them. */
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

        Opened opened = client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk()
                .expectBody(Opened.class).returnResult().getResponseBody();
        Button yes = opened.messages().stream().flatMap(message -> message.buttons().stream())
                .filter(button -> button.optionId().equals("yes")).findFirst().orElseThrow();
        client.post().uri("/api/chat/{id}/messages", opened.conversationId())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", Map.of("questionId", "consent", "optionId", "yes", "check", yes.check())))
                .exchange().expectStatus().isOk();

        assertThat(total(Counter.STARTED)).isEqualTo(startedBefore + 1);
        assertThat(total(Counter.CONSENTED)).isEqualTo(consentedBefore + 1);
    }

    record Button(String optionId, String check) {
    }

    record Message(List<Button> buttons) {
    }

    record Opened(String conversationId, List<Message> messages) {
    }

    private long total(Counter counter) {
        return counters.weeks().values().stream().mapToLong(week -> week.getOrDefault(counter, 0L)).sum();
    }
}
