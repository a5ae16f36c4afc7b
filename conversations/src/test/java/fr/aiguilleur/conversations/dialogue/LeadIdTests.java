package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;

import fr.aiguilleur.conversations.channels.Channel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.leads.Lead;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Lead ids are derived, so a confirmation handled twice (a store retry) reserves and creates one lead. */
class LeadIdTests {

    final InMemoryBookings bookings = new InMemoryBookings();
    final CoordinatorPlanner planner = new CoordinatorPlanner(Coordinators.packaged(), bookings);
    final DialogueEngine engine = new DialogueEngine(Dialogue.QUESTIONNAIRES,
            new FixedDiagnostician(FixedDiagnostician.bookVisit()), Dialogue.SERVICES, planner);

    /** A person on the confirmation, Wednesday 07:00 chosen. */
    Dialogue atConfirmation() {
        return new Dialogue(FixedDiagnostician.bookVisit(), planner, null, Channel.WEB).answerUntil("visit_offer")
                .tap("accept").tap("early").tap("done").tap("phone").tap(CoordinatorBookingTests.WEDNESDAY_7)
                .type("Marie").tap("phone").type("0612345678");
    }

    static Input yes(Dialogue dialogue) {
        Button yes = dialogue.button("yes").orElseThrow();
        return new Input.Choice(yes.questionId(), yes.optionId(), yes.check());
    }

    static Lead confirmed(Turn turn) {
        return turn.events().stream().filter(DialogueEvent.LeadConfirmed.class::isInstance)
                .map(event -> ((DialogueEvent.LeadConfirmed) event).lead()).findFirst().orElseThrow();
    }

    @Test
    void givesTheSameLeadAndSlotWhenTheSameConfirmationIsHandledAgain() {
        Dialogue dialogue = atConfirmation();
        Instant now = dialogue.now.plusSeconds(10);

        Lead first = confirmed(engine.handle(dialogue.conversation, yes(dialogue), now));
        Lead again = confirmed(engine.handle(dialogue.conversation, yes(dialogue), now.plusSeconds(1)));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.slot().id()).isEqualTo(CoordinatorBookingTests.WEDNESDAY_7);
        assertThat(bookings.take(first.slot(), "someone-else")).isFalse();
    }

    @Test
    void keepsTheLeadIdWhenAReminderChangedTheConversationMeanwhile() {
        Dialogue dialogue = atConfirmation();
        Instant now = dialogue.now.plusSeconds(10);
        Lead first = confirmed(engine.handle(dialogue.conversation, yes(dialogue), now));

        Conversation nudged = new Inactivity().nudge(dialogue.conversation, now).conversation();
        Lead retried = confirmed(engine.handle(nudged, yes(dialogue), now.plusSeconds(1)));

        assertThat(retried.id()).isEqualTo(first.id());
    }

    @Test
    void givesAnotherLeadIdToAnotherConversation() {
        Dialogue one = atConfirmation();
        Conversation other = new Conversation(new ConversationId("web:2"), Channel.WEB, "fr",
                one.conversation.questionnaireVersion(), one.conversation.step(), one.conversation.stepCount(),
                one.conversation.answers(), one.conversation.selection(), one.conversation.history(),
                one.conversation.consentAt(), one.conversation.startedAt(), one.conversation.updatedAt(), null,
                null, one.conversation.diagnosis(), one.conversation.booking().withSlot(null), null,
                one.conversation.version());

        Lead first = confirmed(engine.handle(one.conversation, yes(one), one.now));
        Lead second = confirmed(engine.handle(other, yes(one), one.now));

        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void fillsTheFollowUpFieldsOfANewLead() {
        Dialogue dialogue = atConfirmation();
        Lead lead = confirmed(engine.handle(dialogue.conversation, yes(dialogue), dialogue.now));

        assertThat(lead.coordinatorId()).isEqualTo("demo");
        assertThat(lead.language()).isEqualTo("fr");
        assertThat(lead.obstacles()).isEqualTo(dialogue.conversation.answers().get("obstacles")).isNotEmpty();
        assertThat(lead.history()).singleElement().satisfies(created -> {
            assertThat(created.from()).isNull();
            assertThat(created.to()).isEqualTo(fr.aiguilleur.conversations.leads.LeadStatus.NEW);
            assertThat(created.by()).isEqualTo(Lead.PERSON);
        });
        assertThat(lead.slot().start()).isEqualTo(LocalDateTime.of(2026, 5, 6, 7, 0));
    }
}
