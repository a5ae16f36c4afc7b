package fr.aiguilleur.conversations.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadsAndDiagnosesTests {

    static final Diagnosis REFER = new Diagnosis(Map.of(), Map.of(), null, Decision.REFER_TO_SERVICES, null,
            List.of("francenum-guides"), List.of(), "v1", "r1");

    static Lead lead(String id, String conversation, Instant at) {
        return new Lead(id, new ConversationId(conversation), Channel.WEB, null, at, "Marie", "phone", "+33612345678",
                null, "33210", "33", REFER, List.of("any"), "phone", null, false, LeadStatus.NEW);
    }

    @Nested
    class InMemoryLeadsTests {

        private final InMemoryLeads leads = new InMemoryLeads();

        @Test
        void listsLeadsOldestFirst() {
            leads.save(lead("b", "web:2", Instant.parse("2026-05-02T00:00:00Z")));
            leads.save(lead("a", "web:1", Instant.parse("2026-05-01T00:00:00Z")));
            assertThat(leads.all()).extracting(Lead::id).containsExactly("a", "b");
        }

        @Test
        void replacesALeadWithTheSameId() {
            leads.save(lead("a", "web:1", Instant.EPOCH));
            leads.save(lead("a", "web:1", Instant.EPOCH).withStatus(LeadStatus.CONTACTED));
            assertThat(leads.find("a")).map(Lead::status).contains(LeadStatus.CONTACTED);
            assertThat(leads.all()).hasSize(1);
        }

        @Test
        void erasesTheLeadsOfOneConversation() {
            leads.save(lead("a", "web:1", Instant.EPOCH));
            leads.save(lead("b", "web:2", Instant.EPOCH));
            leads.eraseFor(new ConversationId("web:1"));
            assertThat(leads.all()).extracting(Lead::id).containsExactly("b");
        }
    }

    @Nested
    class StoredDiagnoses {

        private final InMemoryDiagnoses diagnoses = new InMemoryDiagnoses();

        @Test
        void keepsTheDepartementInsteadOfThePostcode() {
            var answers = new Answers(Map.of("role", List.of("owner"), "postcode", List.of("20200")));
            StoredDiagnosis stored = StoredDiagnosis.of("web:1", answers, REFER, Instant.EPOCH);
            assertThat(stored.departement()).isEqualTo("2B");
            assertThat(stored.answers()).containsOnlyKeys("role");
            assertThat(stored.decision()).isEqualTo(Decision.REFER_TO_SERVICES);
            assertThat(stored.rulesVersion()).isEqualTo("r1");
        }

        @Test
        void erasesTheDiagnosesOfOneConversation() {
            diagnoses.record(StoredDiagnosis.of("web:1", Answers.none(), REFER, Instant.EPOCH));
            diagnoses.record(StoredDiagnosis.of("web:2", Answers.none(), REFER, Instant.EPOCH));
            diagnoses.eraseFor(new ConversationId("web:1"));
            assertThat(diagnoses.all()).extracting(StoredDiagnosis::conversationId).containsExactly("web:2");
        }
    }
}
