package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadCancelled;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadConfirmed;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadRescheduled;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The booking dialogue with the real planner and the demo coordinator (Monday 4 May 2026, 10:00 in Paris). */
class CoordinatorBookingTests {

    /** The first early slot of the demo coordinator more than 24 h after the start of the dialogue. */
    static final String WEDNESDAY_7 = "demo-260506-0700";
    static final String MONDAY_8 = "demo-260511-0800";
    /** Offered once Wednesday 07:00 is taken (the offer spreads over days and times of day). */
    static final String MONDAY_7 = "demo-260511-0700";

    final InMemoryBookings bookings = new InMemoryBookings();
    final CoordinatorPlanner planner = new CoordinatorPlanner(Coordinators.packaged(), bookings);

    Dialogue person(CoordinatorPlanner plannerUsed) {
        return new Dialogue(FixedDiagnostician.bookVisit(), plannerUsed, null, Channel.WEB);
    }

    /** A person at the slot step, having chosen early mornings and a phone call. */
    Dialogue atSlots() {
        return person(planner).answerUntil("visit_offer").tap("accept").tap("early").tap("done").tap("phone");
    }

    Dialogue booked(String slotId) {
        return atSlots().tap(slotId).type("Marie").tap("phone").type("0612345678").tap("yes");
    }

    List<String> offered(Dialogue dialogue) {
        return dialogue.conversation.booking().offeredSlots().stream().map(VisitSlot::id).toList();
    }

    @Nested
    class Offer {

        @Test
        void offersFourEarlySlotsOverSeveralDaysInPlainFrench() {
            var dialogue = atSlots();
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            assertThat(dialogue.optionIds()).containsExactly(WEDNESDAY_7, MONDAY_8, "demo-260513-0700",
                    "demo-260518-0700", "none");
            assertThat(dialogue.lastMessage().buttons().get(0).label()).isEqualTo("Mercredi 6 mai à 7 h 00");
        }

        @Test
        void labelsTheSlotsInEnglishInAnEnglishConversation() {
            var dialogue = person(planner).answerUntil("visit_offer").command("langue").tap("accept").tap("early")
                    .tap("done").tap("phone");
            assertThat(dialogue.lastMessage().buttons().get(0).label()).isEqualTo("Wednesday 6 May at 7:00");
        }

        @Test
        void neverOffersASlotSomebodyElseBooked() {
            booked(WEDNESDAY_7);
            assertThat(offered(atSlots())).doesNotContain(WEDNESDAY_7).hasSize(4);
        }

        @Test
        void tellsThePersonSomeoneWillCallWhenNobodyCoversTheirPlace() {
            var parisOnly = Coordinators.parse("""
                    coordinators:
                      - {id: paris, name: Paris, territories: ["75"], availability: [{day: MONDAY, from: "07:00", to: "09:00"}]}
                      - {id: accueil, name: Accueil, fallback: true, availability: [{day: MONDAY, from: "07:00", to: "09:00"}]}
                    """, "test.yaml");
            var dialogue = person(new CoordinatorPlanner(parisOnly, bookings)).answerUntil("visit_offer")
                    .tap("accept").tap("any").tap("done").tap("phone");
            assertThat(dialogue.conversation.step()).isEqualTo("contact_name");
            assertThat(dialogue.lastMessage().text()).contains("pas encore de conseiller pour votre secteur");
            dialogue.type("Marie").tap("phone").type("0612345678").tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class).get(0).lead().slot()).isNull();
        }
    }

    @Nested
    class Confirmation {

        @Test
        void givesDateTimeFormatPhoneAndHowToCancel() {
            var dialogue = booked(WEDNESDAY_7);
            assertThat(dialogue.lastMessage().text()).contains("Merci Marie",
                    "Rendez-vous : mercredi 6 mai à 7 h 00, par téléphone.",
                    "Le conseiller vous appellera au +33612345678.", "« Annuler »", "/annuler");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::label)
                    .containsExactly("Annuler", "Changer de créneau");
            assertThat(dialogue.lastMessage().buttons()).extracting(Button::check).containsOnly("lead-1");
        }

        @Test
        void keepsTheButtonsWithinTelegramsCallbackSizeForARealLeadId() {
            String leadId = java.util.UUID.randomUUID().toString();
            for (Button button : BookedVisit.buttons(fr.aiguilleur.conversations.texts.Texts.of("fr"), leadId, true)) {
                String callback = String.join("|", "c", button.check(), button.questionId(), "cancel_sure");
                assertThat(callback.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
            }
        }

        @Test
        void reservesTheSlotForTheLead() {
            var lead = booked(WEDNESDAY_7).events(LeadConfirmed.class).get(0).lead();
            assertThat(lead.slot().id()).isEqualTo(WEDNESDAY_7);
            assertThat(lead.slot().start()).isEqualTo(LocalDateTime.of(2026, 5, 6, 7, 0));
            assertThat(bookings.take(lead.slot(), "someone-else")).isFalse();
        }

        @Test
        void tellsTheSecondOfTwoPeopleThatTheSlotWasJustTaken() {
            var second = new Dialogue(FixedDiagnostician.bookVisit(), planner, null, Channel.WEB, "lead-2")
                    .answerUntil("visit_offer").tap("accept").tap("early").tap("done").tap("phone")
                    .tap(WEDNESDAY_7).type("Paul").tap("phone").type("0698765432");
            booked(WEDNESDAY_7);
            second.tap("yes");
            assertThat(second.events(LeadConfirmed.class)).isEmpty();
            assertThat(second.lastMessage().text()).startsWith("Désolé, ce moment vient d'être pris");
            assertThat(second.optionIds()).doesNotContain(WEDNESDAY_7).contains(MONDAY_7, "none");
        }

        @Test
        void offersFreshSlotsWhenThePersonComesBackDaysLater() {
            var dialogue = atSlots().tap(WEDNESDAY_7).type("Marie").tap("phone").type("0612345678");
            dialogue.now = dialogue.now.plus(java.time.Duration.ofDays(2));
            dialogue.tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class)).isEmpty();
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            assertThat(dialogue.optionIds()).doesNotContain(WEDNESDAY_7).contains("demo-260511-0700");
        }

        @Test
        void makesALeadToCallBackWhenNoSlotSuits() {
            var dialogue = atSlots().tap("none").type("Marie").tap("email").type("marie@exemple.fr").tap("yes");
            assertThat(dialogue.events(LeadConfirmed.class).get(0).lead().slot()).as("à rappeler").isNull();
            Message thanks = dialogue.messages().get(dialogue.messages().size() - 2);
            assertThat(thanks.text()).contains("Un conseiller vous contactera par e-mail", "/annuler");
            assertThat(thanks.buttons()).extracting(Button::label).containsExactly("Annuler");
            assertThat(dialogue.lastMessage().text()).as("the follow-up offer, by e-mail")
                    .startsWith("Puis-je revenir vers vous");
        }
    }

    @Nested
    class Cancel {

        @Test
        void asksFirstThenFreesTheSlotAndCancelsTheLead() {
            var dialogue = booked(WEDNESDAY_7).tap("cancel");
            assertThat(dialogue.lastMessage().text()).contains("annuler votre rendez-vous du mercredi 6 mai à 7 h 00");
            assertThat(dialogue.events(LeadCancelled.class)).isEmpty();

            dialogue.tap("cancel_sure");
            assertThat(dialogue.events(LeadCancelled.class)).containsExactly(new LeadCancelled("lead-1"));
            assertThat(dialogue.lastMessage().text()).startsWith("C'est annulé.");
            assertThat(dialogue.conversation.booking()).isNull();
            assertThat(offered(atSlots())).as("offered to others again").contains(WEDNESDAY_7);
        }

        @Test
        void cancelsWithTheCommandToo() {
            var dialogue = booked(WEDNESDAY_7).command("annuler");
            assertThat(dialogue.optionIds()).containsExactly("cancel_sure", "keep");
            dialogue.tap("cancel_sure");
            assertThat(dialogue.events(LeadCancelled.class)).hasSize(1);
        }

        @Test
        void keepsTheVisitWhenThePersonChangesTheirMind() {
            var dialogue = booked(WEDNESDAY_7).command("annuler").tap("keep");
            assertThat(dialogue.events(LeadCancelled.class)).isEmpty();
            assertThat(dialogue.conversation.booking().slot().id()).isEqualTo(WEDNESDAY_7);
            assertThat(offered(atSlots())).doesNotContain(WEDNESDAY_7);
        }

        @Test
        void saysSoWhenThereIsNothingToCancel() {
            var dialogue = atSlots().command("annuler");
            assertThat(dialogue.lastMessage().text()).startsWith("Vous n'avez pas de rendez-vous à annuler.");
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
        }

        @Test
        void refusesAButtonOfAnotherLead() {
            var dialogue = booked(WEDNESDAY_7);
            dialogue.send(new Input.Choice("booked", "cancel_sure", "lead-of-someone-else"));
            assertThat(dialogue.events(LeadCancelled.class)).isEmpty();
            assertThat(dialogue.lastMessage().text()).startsWith("Je ne trouve plus ce rendez-vous");
        }
    }

    @Nested
    class Change {

        @Test
        void movesTheVisitToAnotherSlotAndFreesTheOldOne() {
            var dialogue = booked(WEDNESDAY_7).tap("change");
            assertThat(dialogue.conversation.step()).isEqualTo("slot");
            assertThat(dialogue.optionIds()).doesNotContain(WEDNESDAY_7).contains(MONDAY_7, "none");

            dialogue.tap(MONDAY_7);
            var moved = dialogue.events(LeadRescheduled.class);
            assertThat(moved).hasSize(1);
            assertThat(moved.get(0).leadId()).isEqualTo("lead-1");
            assertThat(moved.get(0).slot().id()).isEqualTo(MONDAY_7);
            assertThat(dialogue.lastMessage().text()).contains("déplacé au lundi 11 mai à 7 h 00, par téléphone");
            assertThat(dialogue.events(LeadConfirmed.class)).as("still one lead").hasSize(1);
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(offered(atSlots())).contains(WEDNESDAY_7).doesNotContain(MONDAY_7);
        }

        @Test
        void keepsTheOldSlotUntilANewOneIsChosen() {
            booked(WEDNESDAY_7).tap("change");
            assertThat(offered(atSlots())).doesNotContain(WEDNESDAY_7);
        }

        @Test
        void turnsTheLeadToCallBackWhenNoOtherSlotSuits() {
            var dialogue = booked(WEDNESDAY_7).tap("change").tap("none");
            assertThat(dialogue.events(LeadRescheduled.class)).containsExactly(new LeadRescheduled("lead-1", null));
            assertThat(dialogue.lastMessage().text()).contains("ancien moment est libéré");
            assertThat(offered(atSlots())).contains(WEDNESDAY_7);
        }

        @Test
        void canStillCancelWhileChoosingAnotherSlot() {
            var dialogue = booked(WEDNESDAY_7).tap("change");
            dialogue.send(new Input.Choice("booked", "cancel_sure", "lead-1"));
            assertThat(dialogue.events(LeadCancelled.class)).hasSize(1);
            assertThat(dialogue.conversation.ended()).isTrue();
            assertThat(offered(atSlots())).contains(WEDNESDAY_7);
        }
    }
}
