package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisLeadsAndDiagnosesTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    private final RedisLeads leads = new RedisLeads(redis);
    private final RedisDiagnoses diagnoses = new RedisDiagnoses(redis, Duration.ofDays(400));

    @Nested
    class Leads {

        @Test
        void findsALeadAsSaved() {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(lead);

            assertThat(leads.find(lead.id())).contains(lead);
        }

        @Test
        void replacesALeadSavedAgain() {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(lead);

            leads.save(lead.withStatus(LeadStatus.CONTACTED));

            assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.CONTACTED);
            assertThat(leads.all().stream().filter(stored -> stored.id().equals(lead.id()))).hasSize(1);
        }

        @Test
        void listsLeadsOldestFirst() {
            ConversationId id = Samples.newConversationId();
            Lead later = Samples.lead(id, Samples.NOW.plusSeconds(60));
            Lead earlier = Samples.lead(id, Samples.NOW);
            leads.save(later);
            leads.save(earlier);

            assertThat(leads.all().stream().filter(lead -> lead.conversationId().equals(id)))
                    .containsExactly(earlier, later);
        }

        @Test
        void neverExpires() {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(lead);

            assertThat(REDIS.commands().pttl("{aiguilleur:leads}:lead:" + lead.id())).isEqualTo(-1);
        }

        @Test
        void erasesOnlyTheLeadsOfTheErasedConversation() {
            ConversationId erased = Samples.newConversationId();
            Lead gone = Samples.lead(erased, Samples.NOW);
            Lead kept = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(gone);
            leads.save(kept);

            leads.eraseFor(erased);

            assertThat(leads.find(gone.id())).isEmpty();
            assertThat(leads.find(kept.id())).contains(kept);
            assertThat(leads.all()).doesNotContain(gone).contains(kept);
            assertThat(REDIS.commands().zscore("aiguilleur:leads", gone.id())).isNull();
        }

        @Test
        void readsWhatAnotherConnectionWrote() {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(lead);

            try (Redis restarted = new Redis(REDIS.url(), Duration.ofSeconds(2))) {
                assertThat(new RedisLeads(restarted).find(lead.id())).contains(lead);
            }
        }
    }

    @Nested
    class Diagnoses {

        @Test
        void listsDiagnosesAsRecordedOldestFirst() {
            ConversationId id = Samples.newConversationId();
            StoredDiagnosis later = Samples.storedDiagnosis(id, Samples.NOW.plusSeconds(60));
            StoredDiagnosis earlier = Samples.storedDiagnosis(id, Samples.NOW);
            diagnoses.record(later);
            diagnoses.record(earlier);

            assertThat(ofConversation(id)).containsExactly(earlier, later);
        }

        @Test
        void keepsADiagnosisForTheConfiguredTime() {
            ConversationId id = Samples.newConversationId();
            new RedisDiagnoses(redis, Duration.ofDays(400)).record(Samples.storedDiagnosis(id, Samples.NOW));

            String key = "{aiguilleur:diagnoses}:diagnosis:" + REDIS.commands().smembers("{aiguilleur:diagnoses}:conversation:" + id).iterator().next();

            assertThat(REDIS.commands().pttl(key)).isBetween(Duration.ofDays(399).toMillis(), Duration.ofDays(400).toMillis());
        }

        @Test
        void dropsExpiredDiagnosesFromTheList() {
            ConversationId id = Samples.newConversationId();
            new RedisDiagnoses(redis, Duration.ofMillis(50)).record(Samples.storedDiagnosis(id, Samples.NOW));

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ofConversation(id)).isEmpty());
        }

        @Test
        void erasesOnlyTheDiagnosesOfTheErasedConversation() {
            ConversationId erased = Samples.newConversationId();
            ConversationId other = Samples.newConversationId();
            diagnoses.record(Samples.storedDiagnosis(erased, Samples.NOW));
            diagnoses.record(Samples.storedDiagnosis(erased, Samples.NOW.plusSeconds(1)));
            diagnoses.record(Samples.storedDiagnosis(other, Samples.NOW));

            diagnoses.eraseFor(erased);

            assertThat(ofConversation(erased)).isEmpty();
            assertThat(ofConversation(other)).hasSize(1);
            assertThat(REDIS.commands().exists("aiguilleur:diagnoses:conversation:" + erased)).isZero();
        }

        @Test
        void keepsNoPostcode() {
            ConversationId id = Samples.newConversationId();
            diagnoses.record(Samples.storedDiagnosis(id, Samples.NOW));

            StoredDiagnosis stored = ofConversation(id).get(0);

            assertThat(stored.answers()).doesNotContainKey("postcode").containsKey("presence");
            assertThat(stored.departement()).isEqualTo("33");
        }

        private List<StoredDiagnosis> ofConversation(ConversationId id) {
            return diagnoses.all().stream().filter(stored -> stored.conversationId().equals(id.value())).toList();
        }
    }
}
