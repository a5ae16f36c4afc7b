package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.DialogueEvent.ConversationErased;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CommandTests {

    @Nested
    class Start {

        @Test
        void restartsAtOnceWhenNoDiagnosisIsInProgress() {
            var dialogue = Dialogue.bookingVisit().command("start");
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.optionIds()).containsExactly("yes", "no", "more");
            assertThat(dialogue.conversation.version()).isEqualTo(1);
        }

        @Test
        void asksConfirmationDuringADiagnosis() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("start");
            assertThat(dialogue.conversation.step()).isEqualTo("postcode");
            assertThat(dialogue.conversation.pending()).isEqualTo(Conversation.Pending.RESTART);
            assertThat(dialogue.lastMessage().text()).contains("recommencer");
            assertThat(dialogue.optionIds()).containsExactly("yes", "no");
        }

        @Test
        void startsAFreshConversationOnConfirmation() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode");
            long version = dialogue.conversation.version();
            dialogue.command("start").tap("yes");
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.conversation.answers().byQuestion()).isEmpty();
            assertThat(dialogue.conversation.consentAt()).isNull();
            assertThat(dialogue.conversation.history()).isEmpty();
            assertThat(dialogue.conversation.version()).as("the store can still check versions").isEqualTo(version + 2);
            assertThat(dialogue.conversation.id().value()).isEqualTo("web:1");
        }

        @Test
        void goesOnWithTheSameQuestionWhenNotConfirmed() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("start").tap("no");
            assertThat(dialogue.conversation.step()).isEqualTo("postcode");
            assertThat(dialogue.conversation.pending()).isNull();
            assertThat(dialogue.conversation.answers().get("sector")).containsExactly("retail");
            assertThat(dialogue.lastMessage().text()).contains("code postal");
        }

        @Test
        void cancelsTheConfirmationOnAnyOtherInput() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("start").type("33210");
            assertThat(dialogue.conversation.pending()).isNull();
            assertThat(dialogue.conversation.answers().get("postcode")).containsExactly("33210");
        }

        @Test
        void keepsTheDeepLinkPayloadGivenWithStart() {
            var dialogue = Dialogue.bookingVisit().send(new Input.Text("/start mairie-libourne"));
            assertThat(dialogue.conversation.source()).isEqualTo("mairie-libourne");
        }
    }

    @Nested
    class Back {

        @Test
        void saysSoKindlyAtTheFirstQuestion() {
            var dialogue = Dialogue.bookingVisit().tap("yes").command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("role");
            assertThat(dialogue.lastMessage().text()).startsWith("Il n'y a pas de question avant celle-ci.")
                    .contains("Vous êtes");
            assertThat(dialogue.optionIds()).containsExactly("owner", "creator", "employee", "individual");
        }

        @Test
        void saysSoBeforeConsent() {
            var dialogue = Dialogue.bookingVisit().command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("consent");
            assertThat(dialogue.optionIds()).containsExactly("yes", "no", "more");
        }

        @Test
        void returnsToThePreviousQuestionWhoseAnswerCanChange() {
            var dialogue = Dialogue.bookingVisit().answerUntil("headcount").command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("sector");
            dialogue.tap("craft");
            assertThat(dialogue.conversation.answers().get("sector")).containsExactly("craft");
            assertThat(dialogue.conversation.step()).isEqualTo("headcount");
        }

        @Test
        void understandsTheCommandTypedAsText() {
            var dialogue = Dialogue.bookingVisit().answerUntil("headcount").type(" /retour ");
            assertThat(dialogue.conversation.step()).isEqualTo("sector");
        }

        @Test
        void understandsTheCommandAddressedToTheBot() {
            var dialogue = Dialogue.bookingVisit().answerUntil("headcount").type("/retour@AiguilleurBot");
            assertThat(dialogue.conversation.step()).isEqualTo("sector");
        }

        @Test
        void goesBackThroughTheBookingSteps() {
            var dialogue = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("any").tap("done")
                    .command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("availability");
            dialogue.command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("visit_offer");
            dialogue.command("retour");
            assertThat(dialogue.lastMessage().text()).startsWith("Il n'y a pas de question avant celle-ci.");
        }
    }

    @Nested
    class Help {

        @Test
        void explainsTheBotAndItsCommandsThenAsksAgain() {
            var dialogue = Dialogue.bookingVisit().tap("yes").command("aide");
            assertThat(dialogue.last.messages()).hasSize(2);
            assertThat(dialogue.last.messages().get(0).text()).contains("/retour", "/start", "/langue", "/oubli", "/aide");
            assertThat(dialogue.optionIds()).containsExactly("owner", "creator", "employee", "individual");
        }

        @Test
        void understandsAnEnglishSpelling() {
            var dialogue = Dialogue.bookingVisit().type("/help");
            assertThat(dialogue.last.messages().get(0).text()).contains("/retour");
        }

        @Test
        void answersAnUnknownCommandKindly() {
            var dialogue = Dialogue.bookingVisit().tap("yes").type("/pizza");
            assertThat(dialogue.lastMessage().text()).contains("Je ne connais pas cette commande", "/aide");
            assertThat(dialogue.conversation.step()).isEqualTo("role");
        }
    }

    @Nested
    class Forget {

        @Test
        void asksConfirmationFirst() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("oubli");
            assertThat(dialogue.conversation).isNotNull();
            assertThat(dialogue.conversation.pending()).isEqualTo(Conversation.Pending.ERASE);
            assertThat(dialogue.optionIds()).containsExactly("yes", "no");
            assertThat(dialogue.events(ConversationErased.class)).isEmpty();
        }

        @Test
        void erasesEverythingOnConfirmation() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("oubli").tap("yes");
            assertThat(dialogue.last.conversation()).isNull();
            assertThat(dialogue.last.erased()).isTrue();
            assertThat(dialogue.events(ConversationErased.class)).containsExactly(new ConversationErased(new ConversationId("web:1")));
            assertThat(dialogue.lastMessage().text()).contains("tout est effacé");
        }

        @Test
        void keepsEverythingWhenNotConfirmed() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("oubli").tap("no");
            assertThat(dialogue.last.conversation()).isNotNull();
            assertThat(dialogue.conversation.answers().answered("sector")).isTrue();
            assertThat(dialogue.lastMessage().text()).startsWith("D'accord, rien n'est effacé").contains("code postal");
        }

        @Test
        void erasesAfterTheEndToo() {
            var dialogue = Dialogue.bookingVisit().tap("no").command("oubli").tap("yes");
            assertThat(dialogue.last.erased()).isTrue();
        }
    }

    @Nested
    class Language {

        @Test
        void switchesToEnglishAndShowsTheQuestionAgain() {
            var dialogue = Dialogue.bookingVisit().tap("yes").command("langue");
            assertThat(dialogue.conversation.language()).isEqualTo("en");
            assertThat(dialogue.lastMessage().text()).contains("You are…");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .contains("A business owner or self-employed");
        }

        @Test
        void switchesBackToFrench() {
            var dialogue = Dialogue.bookingVisit().tap("yes").command("langue").command("langue");
            assertThat(dialogue.conversation.language()).isEqualTo("fr");
            assertThat(dialogue.lastMessage().text()).contains("Vous êtes…");
        }

        @Test
        void takesTheLanguageGivenAsArgument() {
            var dialogue = Dialogue.bookingVisit().send(new Input.Command("langue", "en"));
            assertThat(dialogue.conversation.language()).isEqualTo("en");
            dialogue.send(new Input.Text("/langue en"));
            assertThat(dialogue.conversation.language()).isEqualTo("en");
            dialogue.send(new Input.Command("langue", "FR"));
            assertThat(dialogue.conversation.language()).isEqualTo("fr");
        }

        @Test
        void keepsButtonsOfTheQuestionValidAcrossTheSwitch() {
            var dialogue = Dialogue.bookingVisit().tap("yes");
            Button owner = dialogue.button("owner").orElseThrow();
            dialogue.command("langue").send(new Input.Choice(owner.questionId(), owner.optionId(), owner.check()));
            assertThat(dialogue.conversation.answers().get("role")).containsExactly("owner");
            assertThat(dialogue.lastMessage().text()).contains("line of business");
        }
    }
}
