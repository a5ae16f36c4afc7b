package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.DialogueEvent.DiagnosisCompleted;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadConfirmed;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResultTests {

    @Nested
    class VisitProposed {

        private final Dialogue dialogue = Dialogue.bookingVisit().answerUntil("visit_offer");

        @Test
        void saysWhatWasUnderstood() {
            assertThat(dialogue.last.messages().get(0).text()).contains("Chef d'entreprise ou à mon compte",
                    "Commerce", "Je suis seul(e)", "33210");
        }

        @Test
        void givesTheResultCardOfTheDiagnosisWithWhatWasUnderstood() {
            var card = dialogue.last.messages().get(0).attachment();
            assertThat(card).isInstanceOf(Attachment.ResultCard.class);
            var diagnosis = ((Attachment.ResultCard) card).diagnosis();
            assertThat(diagnosis).isEqualTo(dialogue.conversation.diagnosis());
            assertThat(((Attachment.ResultCard) card).language()).isEqualTo("fr");
        }

        @Test
        void showsAtMostTwoServicesWhileWaitingForTheVisit() {
            String services = dialogue.last.messages().get(1).text();
            assertThat(services).startsWith("En attendant la visite").contains("France Services",
                    "https://www.france-services.gouv.fr", "La facturation électronique");
            assertThat(services).doesNotContain("France Num");
        }

        @Test
        void offersTheVisit() {
            assertThat(dialogue.conversation.step()).isEqualTo("visit_offer");
            assertThat(dialogue.optionIds()).containsExactly("accept", "decline");
            assertThat(dialogue.conversation.diagnosis()).isEqualTo(FixedDiagnostician.bookVisit());
            assertThat(dialogue.events(DiagnosisCompleted.class)).singleElement()
                    .extracting(DiagnosisCompleted::diagnosis).isEqualTo(FixedDiagnostician.bookVisit());
        }

        @Test
        void givesWhatTheStoreKeepsAnonymised() {
            var stored = fr.aiguilleur.conversations.leads.StoredDiagnosis.of(dialogue.conversation.id().value(), dialogue.conversation.answers(), dialogue.conversation.diagnosis(), dialogue.now);
            assertThat(stored.conversationId()).isEqualTo("web:1");
            assertThat(stored.departement()).isEqualTo("33");
            assertThat(stored.answers()).doesNotContainKey("postcode").containsKey("obstacles");
            assertThat(stored.decision()).isEqualTo(fr.aiguilleur.conversations.diagnosis.Decision.BOOK_VISIT);
        }

        @Test
        void showsTheServicesWhenTheVisitIsDeclined() {
            dialogue.tap("decline");
            assertThat(dialogue.allText()).contains("France Services", "La facturation électronique", "France Num");
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(dialogue.events(LeadConfirmed.class)).isEmpty();
        }
    }

    @Nested
    class ServicesProposed {

        private final Dialogue dialogue = new Dialogue(FixedDiagnostician.referToServices(), FakePlanner.withSlots(2))
                .answerUntil("ask_visit");

        @Test
        void showsTheServicesAndOffersToAskForAVisit() {
            assertThat(dialogue.last.messages().get(0).attachment()).isInstanceOf(Attachment.ResultCard.class);
            assertThat(dialogue.allText()).contains("Ces services peuvent vous aider", "France Num — guides pratiques", "https://www.francenum.gouv.fr",
                    "France Num — Activateurs");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .containsExactly("Je préfère qu'un conseiller passe");
        }

        @Test
        void saysTheQuestionsAreOverWhenThePersonWritesInsteadOfTapping() {
            dialogue.type("merci");
            assertThat(dialogue.lastMessage().text()).startsWith("Si vous voulez qu'un conseiller passe")
                    .contains("/start", "/oubli");
            assertThat(dialogue.optionIds()).containsExactly("request");
        }

        @Test
        void booksAVisitRequestedByThePerson() {
            dialogue.tap("request").tap("any").tap("done").tap("video").tap("s1").type("Paul").tap("email")
                    .type("paul@exemple.fr").tap("yes");
            var lead = dialogue.events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.requestedByPerson()).isTrue();
            assertThat(lead.email()).isEqualTo("paul@exemple.fr");
            assertThat(lead.phone()).isNull();
            assertThat(lead.visitFormat()).isEqualTo("video");
        }
    }

    @Nested
    class Redirected {

        private final Dialogue dialogue = new Dialogue(FixedDiagnostician.redirect(), FakePlanner.withSlots(2))
                .answerUntil("role").tap("individual");

        @Test
        void endsTheQuestionsAfterAnIndividualAnswers() {
            assertThat(dialogue.diagnostician.received).singleElement()
                    .satisfies(answers -> assertThat(answers.byQuestion()).containsOnlyKeys("role"));
        }

        @Test
        void explainsKindlyAndShowsBetterSuitedPlaces() {
            assertThat(dialogue.allText()).contains("fait pour les entreprises", "France Services",
                    "Lieux de médiation numérique", "Les Bons Clics");
        }

        @Test
        void offersNoVisitAndAsksNoContact() {
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(dialogue.allText()).doesNotContain("conseiller peut venir", "prénom", "téléphone");
            assertThat(dialogue.lastMessage().buttons()).isEmpty();
            dialogue.type("Marie");
            assertThat(dialogue.conversation.booking()).isNull();
        }

        @Test
        void explainsDifferentlyForALargeCompany() {
            var large = new Dialogue(FixedDiagnostician.redirect(), FakePlanner.withSlots(2)).answerUntil("headcount")
                    .tap("large");
            assertThat(large.allText()).contains("moins de 50 personnes");
            assertThat(large.diagnostician.received.get(0).byQuestion()).containsOnlyKeys("role", "sector", "headcount");
        }
    }
}
