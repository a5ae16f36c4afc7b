package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.DialogueEvent.ConsentGiven;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.DiagnosisCompleted;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadConfirmed;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.QuestionAnswered;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DialogueEngineTests {

    @Nested
    class Welcome {

        @Test
        void opensWithTheWelcomeAndTheConsentButtons() {
            var dialogue = Dialogue.bookingVisit();
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.conversation.version()).isZero();
            assertThat(dialogue.conversation.source()).isEqualTo("flyer");
            assertThat(dialogue.lastMessage().text()).contains("3 minutes", "gratuit", "/oubli", "12 mois");
            assertThat(dialogue.optionIds()).containsExactly("yes", "no", "more");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .containsExactly("C'est parti", "Non merci", "En savoir plus");
        }

        @Test
        void keepsNoAnswerBeforeConsent() {
            var dialogue = Dialogue.bookingVisit().type("Je suis boulangère");
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.conversation.consentAt()).isNull();
            assertThat(dialogue.conversation.answers().byQuestion()).isEmpty();
            assertThat(dialogue.optionIds()).containsExactly("yes", "no", "more");
            assertThat(dialogue.events).isEmpty();
        }

        @Test
        void explainsMoreAndAsksConsentAgain() {
            var dialogue = Dialogue.bookingVisit().tap("more");
            assertThat(dialogue.lastMessage().text()).contains("30 jours", "On commence ?");
            assertThat(dialogue.optionIds()).contains("yes", "no");
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.conversation.consentAt()).isNull();
        }

        @Test
        void endsPolitelyOnRefusal() {
            var dialogue = Dialogue.bookingVisit().tap("no");
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(dialogue.allText()).contains("rien n'a été gardé");
            assertThat(dialogue.events).isEmpty();
        }

        @Test
        void recordsConsentAndAsksTheRole() {
            var dialogue = Dialogue.bookingVisit().tap("yes");
            assertThat(dialogue.conversation.consentAt()).isEqualTo(dialogue.now);
            assertThat(dialogue.events).containsExactly(new ConsentGiven(dialogue.conversation.id()));
            assertThat(dialogue.conversation.step()).isEqualTo("role");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.CHOICE);
        }
    }

    @Nested
    class FullConversation {

        @Test
        void booksAVisitForTheBaker() {
            var dialogue = Dialogue.bookingVisit().answerUntil("visit_offer");
            assertThat(dialogue.diagnostician.received).hasSize(1);
            assertThat(dialogue.diagnostician.received.get(0).byQuestion()).containsOnlyKeys(Dialogue.BAKER.keySet());
            assertThat(dialogue.events(DiagnosisCompleted.class)).hasSize(1);
            assertThat(dialogue.events(QuestionAnswered.class)).extracting(QuestionAnswered::questionId)
                    .containsExactlyElementsOf(Dialogue.BAKER.keySet());

            dialogue.tap("accept").tap("early").tap("lunch").tap("done").tap("onsite").tap("s2")
                    .type("Marie").tap("phone").type("06 12 34 56 78");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.lastMessage().text()).contains("Tôt le matin, Le midi", "Sur place", "lundi 12 mai",
                    "Marie", "+33612345678");

            dialogue.tap("yes");
            Lead lead = dialogue.events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.id()).isEqualTo("lead-1");
            assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
            assertThat(lead.firstName()).isEqualTo("Marie");
            assertThat(lead.phone()).isEqualTo("+33612345678");
            assertThat(lead.postcode()).isEqualTo("33210");
            assertThat(lead.departement()).isEqualTo("33");
            assertThat(lead.availability()).containsExactly("early", "lunch");
            assertThat(lead.visitFormat()).isEqualTo("onsite");
            assertThat(lead.slot().id()).isEqualTo("s2");
            assertThat(lead.source()).isEqualTo("flyer");
            assertThat(lead.requestedByPerson()).isFalse();
            assertThat(lead.diagnosis()).isEqualTo(FixedDiagnostician.bookVisit());
            assertThat(dialogue.planner.reserved).containsEntry("s2", "lead-1");
            assertThat(dialogue.allText()).contains("Merci Marie", "lundi 12 mai", "12 mois");
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(dialogue.conversation.booking()).as("contact details leave the conversation")
                    .extracting(BookingDraft::firstName, BookingDraft::phone, BookingDraft::email)
                    .containsOnlyNulls();
            assertThat(dialogue.conversation.booking().leadId()).as("kept to cancel or move the visit")
                    .isEqualTo("lead-1");
        }

        @Test
        void speaksOnlyFrenchInAFrenchConversation() throws Exception {
            var seen = new java.util.ArrayList<String>();
            var dialogue = Dialogue.bookingVisit();
            java.util.function.Consumer<Dialogue> collect = d -> d.last.messages().forEach(message -> {
                seen.add(message.text());
                message.buttons().forEach(button -> seen.add(button.label()));
            });
            collect.accept(dialogue);
            for (String option : List.of("yes", "owner", "retail", "micro")) {
                collect.accept(dialogue.tap(option));
            }
            collect.accept(dialogue.type("0"));
            collect.accept(dialogue.type("33210"));
            collect.accept(dialogue.command("aide"));
            collect.accept(dialogue.command("retour"));
            var english = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/messages/messages_en.properties")) {
                english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (String text : seen) {
                english.values().stream().map(Object::toString).filter(sentence -> sentence.length() > 12)
                        .forEach(sentence -> assertThat(text).doesNotContain(sentence));
                assertThat(text).doesNotContain("Shall we", "You are", "That's all", "Thank you");
            }
        }

        @Test
        void answersAnyInputAfterTheEndWithTheCommands() {
            var dialogue = Dialogue.bookingVisit().tap("no").type("bonjour ?");
            assertThat(dialogue.lastMessage().text()).contains("/start", "/oubli", "/aide");
            assertThat(dialogue.lastMessage().buttons()).isEmpty();
        }

        @Test
        void ignoresStaleTapsAfterTheEnd() {
            var dialogue = Dialogue.bookingVisit();
            Button consent = dialogue.button("yes").orElseThrow();
            dialogue.tap("no").send(new Input.Choice(consent.questionId(), consent.optionId(), consent.check()));
            assertThat(dialogue.conversation.consentAt()).isNull();
            assertThat(dialogue.lastMessage().text()).contains("/start");
        }
    }

    @Nested
    class Questions {

        @Test
        void reasksKindlyWithTheSameButtonsWhenTextFitsNoOption() {
            var dialogue = Dialogue.bookingVisit().tap("yes").type("euh");
            assertThat(dialogue.conversation.step()).isEqualTo("role");
            assertThat(dialogue.lastMessage().text()).startsWith("Je n'ai pas bien compris").contains("Vous êtes");
            assertThat(dialogue.optionIds()).containsExactly("owner", "creator", "employee", "individual");
        }

        @Test
        void acceptsAnOptionTypedAsItsLabel() {
            var dialogue = Dialogue.bookingVisit().tap("yes").tap("owner").type("commerce");
            assertThat(dialogue.conversation.answers().get("sector")).containsExactly("retail");
            assertThat(dialogue.conversation.step()).isEqualTo("headcount");
        }

        @Test
        void reasksOnAPhotoOrASticker() {
            var dialogue = Dialogue.bookingVisit().tap("yes").send(new Input.Unsupported("photo"));
            assertThat(dialogue.lastMessage().text()).contains("texte");
            assertThat(dialogue.conversation.step()).isEqualTo("role");
        }

        @Test
        void skipsTeamSkillsForAPersonAlone() {
            var dialogue = Dialogue.bookingVisit().answerUntil("backup").tap("yes");
            assertThat(dialogue.conversation.step()).isEqualTo("goal");
        }

        @Test
        void asksTeamSkillsForATeam() {
            var dialogue = Dialogue.bookingVisit().answerUntil("headcount").tap("micro").answerUntil("backup").tap("yes");
            assertThat(dialogue.conversation.step()).isEqualTo("team_skills");
        }

        @Test
        void skipsPresenceUpdatedWhenFoundNowhere() {
            var dialogue = Dialogue.bookingVisit().answerUntil("presence").tap("nowhere").tap("done");
            assertThat(dialogue.conversation.step()).isEqualTo("customers_online");
        }

        @Test
        void asksPresenceUpdatedWhenFoundSomewhere() {
            var dialogue = Dialogue.bookingVisit().answerUntil("presence").tap("maps").tap("done");
            assertThat(dialogue.conversation.step()).isEqualTo("presence_updated");
        }

        @Test
        void sendsToTheDiagnosticianOnlyAnswersThatWereNotSkipped() {
            var dialogue = Dialogue.bookingVisit().answerUntil("headcount").tap("micro").answerUntil("team_skills")
                    .tap("no");
            dialogue.command("retour").command("retour").command("retour").command("retour").command("retour");
            assertThat(dialogue.conversation.step()).as("presence_updated was skipped").isEqualTo("presence");
            for (int back = 0; back < 20 && !dialogue.conversation.step().equals("headcount"); back++) {
                dialogue.command("retour");
            }
            dialogue.tap("solo").answerUntil("visit_offer");
            assertThat(dialogue.diagnostician.received.get(0).answered("team_skills")).isFalse();
        }
    }
}
