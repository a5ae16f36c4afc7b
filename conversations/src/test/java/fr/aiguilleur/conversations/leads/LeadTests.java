package fr.aiguilleur.conversations.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadTests {

    static final Instant AT = Instant.parse("2026-05-04T08:00:00Z");
    static final Lead LEAD = LeadsAndDiagnosesTests.lead("lead-1", "web:1", AT);

    @Nested
    class Workflow {

        @Test
        void goesForwardStepByStepWithAHistoryLineEach() {
            Lead lead = LEAD.moveTo(LeadStatus.CONTACTED, "camille", AT.plusSeconds(60))
                    .moveTo(LeadStatus.VISIT_SCHEDULED, "camille", AT.plusSeconds(120))
                    .moveTo(LeadStatus.VISITED, "camille", AT.plusSeconds(180))
                    .moveTo(LeadStatus.CLOSED, "camille", AT.plusSeconds(240));

            assertThat(lead.status()).isEqualTo(LeadStatus.CLOSED);
            assertThat(lead.history()).extracting(StatusChange::to).containsExactly(LeadStatus.CONTACTED,
                    LeadStatus.VISIT_SCHEDULED, LeadStatus.VISITED, LeadStatus.CLOSED);
            assertThat(lead.history().get(0)).isEqualTo(new StatusChange(LeadStatus.NEW, LeadStatus.CONTACTED,
                    "camille", AT.plusSeconds(60)));
            assertThat(lead.version()).isEqualTo(4);
        }

        @Test
        void skipsForwardWhenTheVisitWasBookedOnline() {
            assertThat(LEAD.moveTo(LeadStatus.VISIT_SCHEDULED, "camille", AT).status())
                    .isEqualTo(LeadStatus.VISIT_SCHEDULED);
        }

        @Test
        void refusesToGoBackWithAPlainFrenchReason() {
            Lead visited = LEAD.withStatus(LeadStatus.VISITED);
            assertThatThrownBy(() -> visited.moveTo(LeadStatus.CONTACTED, "camille", AT))
                    .isInstanceOf(LeadTransitionRefused.class)
                    .hasMessage("Une demande « visitée » ne peut pas revenir à « contactée ».");
        }

        @Test
        void cancelsAnyLeadThatIsNotFinal() {
            for (LeadStatus status : new LeadStatus[] {LeadStatus.NEW, LeadStatus.CONTACTED,
                    LeadStatus.VISIT_SCHEDULED, LeadStatus.VISITED}) {
                assertThat(LEAD.withStatus(status).moveTo(LeadStatus.CANCELLED, Lead.PERSON, AT).status())
                        .isEqualTo(LeadStatus.CANCELLED);
            }
        }

        @Test
        void neverChangesAClosedOrCancelledLead() {
            for (LeadStatus last : new LeadStatus[] {LeadStatus.CLOSED, LeadStatus.CANCELLED}) {
                Lead done = LEAD.withStatus(last);
                assertThat(done.allowedNext()).isEmpty();
                assertThatThrownBy(() -> done.moveTo(LeadStatus.CANCELLED, "camille", AT))
                        .isInstanceOf(LeadTransitionRefused.class).hasMessageContaining("ne change plus");
            }
        }

        @Test
        void refusesTheStatusItAlreadyHas() {
            assertThatThrownBy(() -> LEAD.moveTo(LeadStatus.NEW, "camille", AT))
                    .isInstanceOf(LeadTransitionRefused.class).hasMessage("Cette demande est déjà « nouvelle ».");
        }

        @Test
        void offersTheLaterStatusesAndCancelAsNextSteps() {
            assertThat(LEAD.withStatus(LeadStatus.VISIT_SCHEDULED).allowedNext())
                    .containsExactly(LeadStatus.VISITED, LeadStatus.CLOSED, LeadStatus.CANCELLED);
        }
    }

    @Nested
    class Changes {

        @Test
        void keepsNotesInOrder() {
            Lead lead = LEAD.withNote("camille", "  Rappelée, absente.  ", AT).withNote("camille", "Rendez-vous pris.",
                    AT.plusSeconds(60));
            assertThat(lead.notes()).extracting(LeadNote::text).containsExactly("Rappelée, absente.", "Rendez-vous pris.");
            assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        }

        @Test
        void refusesAnEmptyOrTooLongNote() {
            assertThatThrownBy(() -> LEAD.withNote("camille", " ", AT)).hasMessageContaining("vide");
            assertThatThrownBy(() -> LEAD.withNote("camille", "x".repeat(LeadNote.MAX_LENGTH + 1), AT))
                    .hasMessageContaining("trop longue");
            assertThat(LEAD.withNote("camille", "x".repeat(LeadNote.MAX_LENGTH), AT).notes()).hasSize(1);
        }

        @Test
        void recordsWhoTookTheLead() {
            Lead lead = LEAD.assignTo("samir", AT);
            assertThat(lead.assignedTo()).isEqualTo("samir");
            assertThat(lead.coordinatorId()).isEqualTo("samir");
            assertThat(lead.history()).singleElement().matches(StatusChange::assignment);
        }

        @Test
        void followsTheCoordinatorOfANewSlotAndKeepsHimWhenCalledBack() {
            var slot = new VisitSlot("c2-260506-0700", "c2", LocalDateTime.of(2026, 5, 6, 7, 0), 60, "Mercredi");
            Lead moved = LEAD.withCoordinator("demo").withSlot(slot);
            assertThat(moved.coordinatorId()).isEqualTo("c2");
            assertThat(moved.withSlot(null).coordinatorId()).isEqualTo("c2");
            assertThat(moved.withSlot(null).slot()).isNull();
        }
    }

    @Nested
    class Json {

        final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        @Test
        void readsBackEverythingWritten() throws Exception {
            Lead lead = LEAD.withCoordinator("demo").moveTo(LeadStatus.CONTACTED, "camille", AT)
                    .withNote("camille", "Rappelée.", AT);
            assertThat(json.readValue(json.writeValueAsString(lead), Lead.class)).isEqualTo(lead);
        }

        @Test
        void readsALeadStoredBeforeTheFollowUpFields() throws Exception {
            String old = """
                    {"id":"lead-9","conversationId":{"value":"web:9"},"channel":"WEB","createdAt":"2026-05-04T08:00:00Z",
                     "availability":["early"],"requestedByPerson":false,"status":"CONTACTED"}""";
            Lead lead = json.readValue(old, Lead.class);
            assertThat(lead.status()).isEqualTo(LeadStatus.CONTACTED);
            assertThat(lead.history()).isEmpty();
            assertThat(lead.notes()).isEmpty();
            assertThat(lead.obstacles()).isEmpty();
            assertThat(lead.allowedNext()).contains(LeadStatus.VISIT_SCHEDULED);
        }
    }
}
