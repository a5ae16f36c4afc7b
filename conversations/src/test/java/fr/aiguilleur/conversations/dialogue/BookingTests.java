package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.Channel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadConfirmed;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BookingTests {

    private static Dialogue atFormat(FakePlanner planner) {
        return new Dialogue(FixedDiagnostician.bookVisit(), planner).answerUntil("visit_offer").tap("accept")
                .tap("evening").tap("done");
    }

    @Nested
    class Availability {

        @Test
        void clearsTheOtherMomentsWhenAnyTimeIsTapped() {
            var dialogue = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").tap("early").tap("any");
            assertThat(dialogue.conversation.selection()).containsExactly("any");
            dialogue.tap("done");
            assertThat(dialogue.conversation.booking().availability()).containsExactly("any");
        }
    }

    @Nested
    class WithSlots {

        @Test
        void offersAtMostFourSlotsAndNone() {
            var dialogue = atFormat(FakePlanner.withSlots(6)).tap("phone");
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            assertThat(dialogue.optionIds()).containsExactly("s1", "s2", "s3", "s4", "none");
            assertThat(dialogue.lastMessage().buttons().get(0).label()).isEqualTo("lundi 11 mai, 9 h");
            assertThat(dialogue.lastMessage().buttons().get(4).label()).isEqualTo("Aucun ne me va");
        }

        @Test
        void asksThePlannerForThePostcodeSoAPostcodePrefixCanBeRouted() {
            var dialogue = atFormat(FakePlanner.withSlots(1)).tap("phone");
            assertThat(dialogue.planner.placesAsked).containsExactly("33210");
        }

        @Test
        void makesALeadToCallBackWhenNoSlotSuits() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("none").type("Marie").tap("phone")
                    .type("0612345678");
            assertThat(dialogue.lastMessage().text()).contains("un conseiller vous contactera pour le fixer");
            dialogue.tap("yes");
            var lead = dialogue.events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.slot()).isNull();
            assertThat(dialogue.planner.reserved).isEmpty();
            assertThat(dialogue.allText()).contains("Un conseiller vous contactera par téléphone");
        }

        @Test
        void offersOtherSlotsWhenTheChosenOneWasTakenMeanwhile() {
            var planner = FakePlanner.withSlots(3);
            var dialogue = atFormat(planner).tap("phone").tap("s1").type("Marie").tap("phone").type("0612345678");
            planner.takenMeanwhile.add("s1");
            dialogue.tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class)).isEmpty();
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            assertThat(dialogue.lastMessage().text()).startsWith("Désolé, ce moment vient d'être pris");
            assertThat(dialogue.optionIds()).containsExactly("s2", "s3", "none");

            dialogue.tap("s3");
            assertThat(dialogue.conversation.step()).as("name and contact are already known").isEqualTo("confirm");
            dialogue.tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class).get(0).lead().slot().id()).isEqualTo("s3");
        }

        @Test
        void movesToCallBackWhenTheLastSlotWasTakenMeanwhile() {
            var planner = FakePlanner.withSlots(1);
            var dialogue = atFormat(planner).tap("phone").tap("s1").type("Marie").tap("phone").type("0612345678");
            planner.takenMeanwhile.add("s1");
            dialogue.tap("yes");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.lastMessage().text()).contains("vient d'être pris", "un conseiller vous contactera");
            dialogue.tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class).get(0).lead().slot()).isNull();
        }
    }

    @Nested
    class WithoutSlots {

        @Test
        void skipsTheSlotStepWhenThePlannerOffersNone() {
            var dialogue = new Dialogue(FixedDiagnostician.bookVisit(), VisitPlanner.NONE, null, Channel.WEB)
                    .answerUntil("visit_offer").tap("accept").tap("any").tap("done").tap("onsite");
            assertThat(dialogue.conversation.step()).isEqualTo("contact_name");
            assertThat(dialogue.lastMessage().text()).contains("pas de moment libre", "prénom");
            dialogue.type("Marie").tap("phone").type("0612345678").tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class).get(0).lead().slot()).isNull();
        }

        @Test
        void goesBackFromTheNameToTheFormatWhenTheSlotWasSkipped() {
            var dialogue = atFormat(new FakePlanner()).tap("onsite").command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("visit_format");
        }
    }

    @Nested
    class Contact {

        @Test
        void offersToBeReachedInTheChatOnlyOnTelegram() {
            var web = atFormat(new FakePlanner()).tap("phone").type("Marie");
            assertThat(web.optionIds()).containsExactly("phone", "email");

            var telegram = new Dialogue(FixedDiagnostician.bookVisit(), new FakePlanner(), Channel.TELEGRAM)
                    .answerUntil("visit_offer").tap("accept").tap("any").tap("done").tap("phone").type("Marie");
            assertThat(telegram.optionIds()).containsExactly("phone", "email", "telegram");
            telegram.tap("telegram");
            assertThat(telegram.conversation.step()).isEqualTo("confirm");
            telegram.tap("yes");
            var lead = telegram.events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.contactChannel()).isEqualTo("telegram");
            assertThat(lead.channel()).isEqualTo(Channel.TELEGRAM);
            assertThat(lead.phone()).isNull();
        }

        @Test
        void refusesTheTelegramOptionOnTheWeb() {
            var web = atFormat(new FakePlanner()).tap("phone").type("Marie");
            Button phone = web.button("phone").orElseThrow();
            web.send(new Input.Choice("contact_channel", "telegram", phone.check()));
            assertThat(web.conversation.step()).isEqualTo("contact_channel");
            assertThat(web.lastMessage().text()).startsWith("Cette question a changé.");
        }
    }

    @Nested
    class Confirm {

        @Test
        void offersToChangeEachItemOfTheRecap() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr");
            assertThat(dialogue.optionIds()).containsExactly("yes", "moment", "format", "name", "contact");
            assertThat(dialogue.lastMessage().back()).isNotNull();
        }

        @Test
        void comesStraightBackToTheRecapAfterTheContactChanged() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr").tap("contact").tap("phone").type("0612345678");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.lastMessage().text()).contains("Prénom : Marie", "+33612345678")
                    .doesNotContain("marie@exemple.fr");
            dialogue.tap("yes");
            var lead = dialogue.events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.phone()).isEqualTo("+33612345678");
            assertThat(lead.email()).isNull();
            assertThat(lead.slot().id()).isEqualTo("s1");
        }

        @Test
        void comesStraightBackToTheRecapAfterTheFirstNameChanged() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr").tap("name").type("Marion");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.lastMessage().text()).contains("Prénom : Marion", "marie@exemple.fr");
        }

        @Test
        void asksTheSlotsAgainAfterTheMomentChangedThenComesBackToTheRecap() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr").tap("moment");
            assertThat(dialogue.conversation.step()).isEqualTo("availability");
            dialogue.tap("evening").tap("weekend").tap("done");
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            dialogue.tap("s2");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.conversation.booking().availability()).containsExactly("weekend");
            assertThat(dialogue.events(LeadConfirmed.class)).isEmpty();
        }

        @Test
        void asksWhatToChangeWhenThePersonWritesThatTheyCorrect() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("s1").type("Marie").tap("email")
                    .type("marie@exemple.fr").type("Je corrige");
            assertThat(dialogue.conversation.step()).isEqualTo("confirm");
            assertThat(dialogue.lastMessage().text()).startsWith("Touchez ce que vous voulez changer");
            assertThat(dialogue.conversation.booking().firstName()).isEqualTo("Marie");
        }

        @Test
        void saysTheCoordinatorWillCallWithinWorkingDaysWhenNoSlotSuits() {
            var dialogue = atFormat(FakePlanner.withSlots(2)).tap("phone").tap("none");
            assertThat(dialogue.lastMessage().text())
                    .startsWith("D'accord. Le conseiller vous appellera dans les 2 jours ouvrés");
        }

        @Test
        void keepsTheDiagnosisWithTheLead() {
            var dialogue = atFormat(new FakePlanner()).tap("phone").type("Marie").tap("phone").type("0612345678")
                    .tap("yes");
            Diagnosis diagnosis = dialogue.events(LeadConfirmed.class).get(0).lead().diagnosis();
            assertThat(diagnosis.decision()).isEqualTo(fr.aiguilleur.conversations.diagnosis.Decision.BOOK_VISIT);
        }
    }
}
