package fr.aiguilleur.bot.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CrmWebhookTests {

    static final String SECRET = "s3cret-for-tests";
    static final String PATH = "/crm/leads";

    final WireMockServer crm = new WireMockServer(options().dynamicPort());
    final TestClock clock = new TestClock(Samples.NOW);
    final InMemoryOutbox outbox = new InMemoryOutbox();
    final CrmOutbox listener = new CrmOutbox(outbox, clock);
    final Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
    CrmSender sender;

    @BeforeEach
    void start() {
        crm.start();
        // Generous: a first call that times out on a loaded machine is retried, and a test counting posts would see two.
        sender = new CrmSender(outbox, settings(Duration.ofSeconds(10)), clock);
    }

    @AfterEach
    void stop() {
        crm.stop();
    }

    CrmSettings settings(Duration timeout) {
        return new CrmSettings(crm.baseUrl() + PATH, SECRET, Duration.ofSeconds(30), timeout, Duration.ofSeconds(30),
                Duration.ofHours(1));
    }

    List<LoggedRequest> posts() {
        return crm.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    void answers(int... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = i == statuses.length - 1 ? state : "after-" + i;
            crm.stubFor(post(PATH).inScenario("crm").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(statuses[i])).willSetStateTo(next));
            state = next;
        }
    }

    @Nested
    class Delivery {

        @Test
        void postsTheSignedLeadOnceAndForgetsItWhenAcknowledged() {
            answers(200);
            listener.onLeadConfirmed(lead);

            assertThat(sender.sendDue()).isEqualTo(1);

            LoggedRequest request = posts().get(0);
            String body = request.getBodyAsString();
            assertThat(request.getHeader(CrmSignature.HEADER)).isEqualTo(CrmSignature.of(body, SECRET))
                    .matches("sha256=[0-9a-f]{64}");
            assertThat(request.getHeader(CrmSender.IDEMPOTENCY_KEY))
                    .isEqualTo(CrmDelivery.idOf(lead.id(), CrmOutbox.CONFIRMED, lead.version()));
            crm.verify(postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(matchingJsonPath("$.event", equalTo("lead.confirmed")))
                    .withRequestBody(matchingJsonPath("$.leadId", equalTo(lead.id())))
                    .withRequestBody(matchingJsonPath("$.lead.phone", equalTo("+33612345678"))));
            assertThat(outbox.waiting()).isZero();
            clock.advance(Duration.ofHours(2));
            assertThat(sender.sendDue()).isZero();
            assertThat(posts()).hasSize(1);
        }

        @Test
        void triesAgainAfterAFailureWithTheSameKeyUntilAcknowledged() {
            answers(500, 200);
            listener.onLeadConfirmed(lead);

            assertThat(sender.sendDue()).isZero();
            assertThat(outbox.waiting()).isOne();
            assertThat(sender.sendDue()).as("not before the wait").isZero();
            assertThat(posts()).hasSize(1);

            clock.advance(Duration.ofSeconds(40));
            assertThat(sender.sendDue()).isEqualTo(1);

            assertThat(posts()).hasSize(2).extracting(r -> r.getHeader(CrmSender.IDEMPOTENCY_KEY)).containsOnly(
                    CrmDelivery.idOf(lead.id(), CrmOutbox.CONFIRMED, lead.version()));
            assertThat(posts()).extracting(LoggedRequest::getBodyAsString).containsOnly(posts().get(0).getBodyAsString());
            assertThat(outbox.waiting()).isZero();
        }

        @Test
        void triesAgainAfterATimeout() {
            sender = new CrmSender(outbox, settings(Duration.ofMillis(300)), clock);
            crm.stubFor(post(PATH).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(200).withFixedDelay(1500)).willSetStateTo("fast"));
            crm.stubFor(post(PATH).inScenario("slow").whenScenarioStateIs("fast").willReturn(aResponse().withStatus(204)));
            listener.onLeadCancelled(lead.moveTo(LeadStatus.CANCELLED, Lead.PERSON, Samples.NOW));

            assertThat(sender.sendDue()).isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(sender.sendDue()).isEqualTo(1);
            assertThat(outbox.waiting()).isZero();
        }

        @Test
        void sendsTheSameChangeOfALeadOnceEvenWhenQueuedTwice() {
            answers(200);
            listener.onLeadConfirmed(lead);
            listener.onLeadConfirmed(lead);
            sender.sendDue();
            listener.onLeadConfirmed(lead);
            clock.advance(Duration.ofMinutes(1));
            sender.sendDue();

            assertThat(posts()).hasSize(1);
        }

        @Test
        void sendsEachLaterChangeOfTheLead() {
            answers(200);
            Lead contacted = lead.moveTo(LeadStatus.CONTACTED, "camille", Samples.NOW);
            listener.onLeadConfirmed(lead);
            listener.onLeadStatusChanged(contacted);
            listener.onLeadStatusChanged(contacted.moveTo(LeadStatus.VISIT_SCHEDULED, "camille", Samples.NOW));

            assertThat(sender.sendDue()).isEqualTo(3);
            assertThat(posts()).extracting(r -> r.getHeader(CrmSender.IDEMPOTENCY_KEY)).doesNotHaveDuplicates();
        }
    }

    @Nested
    class Backoff {

        @Test
        void doublesTheWaitWithJitterUpToTheLongest() {
            for (int i = 0; i < 50; i++) {
                assertThat(sender.wait(1)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
                assertThat(sender.wait(3)).isBetween(Duration.ofSeconds(96), Duration.ofSeconds(144));
                assertThat(sender.wait(30)).isBetween(Duration.ofMinutes(48), Duration.ofMinutes(72));
            }
        }
    }
}
