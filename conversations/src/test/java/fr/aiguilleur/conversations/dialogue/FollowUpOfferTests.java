package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.FollowUpAccepted;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.FollowUpDeclined;
import fr.aiguilleur.conversations.leads.LeadRetention;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FollowUpOfferTests {

    private static final String OFFER = "Puis-je revenir vers vous dans quelques semaines pour savoir si cela vous a aidé ?";

    static Dialogue referred(Channel channel) {
        return new Dialogue(FixedDiagnostician.referToServices(), FakePlanner.withSlots(5), channel)
                .answerUntil("ask_visit");
    }

    static Dialogue optIn(Dialogue dialogue, String option) {
        Button button = dialogue.lastMessage().buttons().stream()
                .filter(b -> b.questionId().equals("followup") && b.optionId().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no follow-up offer in " + dialogue.lastMessage()));
        return dialogue.send(new Input.Choice(button.questionId(), button.optionId(), button.check()));
    }

    @Nested
    class Offered {

        @Test
        void comesAfterTheServicesOnTelegram() {
            var dialogue = referred(Channel.TELEGRAM);
            assertThat(dialogue.lastMessage().text()).isEqualTo(OFFER);
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .containsExactly("Oui, volontiers", "Non merci");
            assertThat(dialogue.messages()).extracting(Message::text).as("the visit is still offered just before")
                    .anyMatch(text -> text.startsWith("Vous préférez en parler avec quelqu'un"));
        }

        @Test
        void comesAfterAVisitDeclinedOnTelegram() {
            var dialogue = new Dialogue(FixedDiagnostician.bookVisit(), FakePlanner.withSlots(5), Channel.TELEGRAM)
                    .answerUntil("visit_offer").tap("decline");
            assertThat(dialogue.lastMessage().text()).isEqualTo(OFFER);
            assertThat(dialogue.conversation.ended()).isTrue();
        }

        @Test
        void comesAfterAVisitBookedOnTelegram() {
            var dialogue = new Dialogue(FixedDiagnostician.bookVisit(), FakePlanner.withSlots(5), Channel.TELEGRAM)
                    .answerUntil("visit_offer").tap("accept").tap("early").tap("done").tap("phone")
                    .tap("s1").type("Marie").tap("telegram").tap("yes");
            assertThat(dialogue.events(DialogueEvent.LeadConfirmed.class)).hasSize(1);
            assertThat(dialogue.lastMessage().text()).isEqualTo(OFFER);
        }

        @Test
        void isNotAskedAgainAfterAVisitRequestedOnTelegram() {
            var dialogue = referred(Channel.TELEGRAM).tap("request").tap("early").tap("done").tap("phone")
                    .tap("s1").type("Marie").tap("telegram").tap("yes");
            assertThat(dialogue.events(DialogueEvent.LeadConfirmed.class)).hasSize(1);
            assertThat(dialogue.messages()).extracting(Message::text).doesNotContain(OFFER);
        }

        @Test
        void comesOnTheWebChatOnlyWithAnEmailAddress() {
            var byMail = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early").tap("done")
                    .tap("phone").tap("s1").type("Marie").tap("email").type("marie@exemple.fr").tap("yes");
            assertThat(byMail.lastMessage().text()).isEqualTo(OFFER);

            var byPhone = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early").tap("done")
                    .tap("phone").tap("s1").type("Marie").tap("phone").type("0612345678").tap("yes");
            assertThat(byPhone.messages()).extracting(Message::text).doesNotContain(OFFER);

            var referred = referred(Channel.WEB);
            assertThat(referred.messages()).extracting(Message::text).as("nobody to write to later").doesNotContain(OFFER);
        }
    }

    @Test
    void isNotOfferedOnTheWebChatWhenTheServiceSendsNoEmail() {
        var engine = new DialogueEngine(Dialogue.QUESTIONNAIRES, new FixedDiagnostician(FixedDiagnostician.bookVisit()),
                Dialogue.SERVICES, FakePlanner.withSlots(5), LeadRetention.DEFAULT, false);
        var dialogue = new Dialogue(engine, Channel.WEB).answerUntil("visit_offer").tap("accept").tap("early")
                .tap("done").tap("phone").tap("s1").type("Marie").tap("email").type("marie@exemple.fr").tap("yes");
        assertThat(dialogue.events(DialogueEvent.LeadConfirmed.class)).hasSize(1);
        assertThat(dialogue.messages()).extracting(Message::text).doesNotContain(OFFER);
    }

    @Nested
    class Answered {

        @Test
        void agreementCarriesTheDiagnosisAndNoLeadForAReferral() {
            var dialogue = optIn(referred(Channel.TELEGRAM), "yes");
            List<FollowUpAccepted> accepted = dialogue.events(FollowUpAccepted.class);
            assertThat(accepted).hasSize(1);
            assertThat(accepted.get(0).leadId()).isNull();
            assertThat(accepted.get(0).diagnosis()).isEqualTo(FixedDiagnostician.referToServices());
            assertThat(accepted.get(0).answers().byQuestion()).containsKey("sector");
            assertThat(dialogue.lastMessage().text()).startsWith("C'est noté : je reviendrai vers vous");
            assertThat(dialogue.conversation.step()).as("the visit button still works").isEqualTo("ask_visit");
        }

        @Test
        void agreementAfterABookingCarriesTheLead() {
            var dialogue = optIn(Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early")
                    .tap("done").tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr").tap("yes"), "yes");
            assertThat(dialogue.events(FollowUpAccepted.class)).extracting(FollowUpAccepted::leadId)
                    .containsExactly("lead-1");
        }

        @Test
        void givesBackTheButtonsOfTheBookedVisitAfterTheAnswer() {
            var dialogue = optIn(Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early")
                    .tap("done").tap("phone").tap("s1").type("Marie").tap("email").type("marie@exemple.fr").tap("yes"),
                    "no");
            assertThat(dialogue.lastMessage().text()).startsWith("C'est noté, je ne reviendrai pas vers vous.");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .containsExactly("Annuler", "Changer de créneau");
        }

        @Test
        void agreeingTwiceGivesTheSameCheckIn() {
            var dialogue = referred(Channel.TELEGRAM);
            var offer = dialogue.lastMessage();
            optIn(dialogue, "yes");
            Button yes = offer.buttons().get(0);
            dialogue.send(new Input.Choice(yes.questionId(), yes.optionId(), yes.check()));
            assertThat(dialogue.events(FollowUpAccepted.class)).extracting(FollowUpAccepted::checkInId)
                    .hasSize(2).containsOnly(yes.check());
        }

        @Test
        void noThanksIsNoted() {
            var dialogue = optIn(referred(Channel.TELEGRAM), "no");
            assertThat(dialogue.events(FollowUpAccepted.class)).isEmpty();
            assertThat(dialogue.events(FollowUpDeclined.class)).hasSize(1);
            assertThat(dialogue.lastMessage().text()).startsWith("C'est noté, je ne reviendrai pas vers vous.");
        }

        @Test
        void aTapFromAnEarlierConversationIsStale() {
            var dialogue = referred(Channel.TELEGRAM);
            Button yes = dialogue.lastMessage().buttons().get(0);
            dialogue.command("start");
            dialogue.tap("yes");
            dialogue.send(new Input.Choice(yes.questionId(), yes.optionId(), yes.check()));
            assertThat(dialogue.events(FollowUpAccepted.class)).isEmpty();
            assertThat(dialogue.lastMessage().text()).contains("conversation précédente");
        }
    }
}
