package fr.aiguilleur.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.InMemoryCheckIns;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TurnRecorderTests {

    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryBookings bookings = new InMemoryBookings();
    final List<String> told = new ArrayList<>();
    final ConversationId id = Samples.newConversationId();

    TurnRecorder recorder(LeadListener... listeners) {
        return new TurnRecorder(new InMemoryDiagnoses(), leads, List.of(listeners), Clock.fixed(Samples.NOW,
                ZoneOffset.UTC), Coordinators.packaged(), new CoordinatorPlanner(Coordinators.packaged(), bookings), List.of());
    }

    static Turn turn(DialogueEvent event) {
        return new Turn(Samples.conversation(Samples.newConversationId()), List.of(Message.of("C'est noté.")),
                List.of(event));
    }

    Lead toCallBack() {
        return Samples.lead(id, Samples.NOW).withSlot(null).withCoordinator(null);
    }

    @Test
    void givesALeadWithoutSlotToTheCoordinatorOfItsPlace() {
        recorder().record(turn(new DialogueEvent.LeadConfirmed(toCallBack())));

        assertThat(leads.of(id)).singleElement().extracting(Lead::coordinatorId).isEqualTo("demo");
    }

    @Test
    void cancelsTheLeadInItsHistoryAsThePersonsDoing() {
        Lead lead = Samples.lead(id, Samples.NOW);
        leads.save(lead);

        recorder().record(turn(new DialogueEvent.LeadCancelled(lead.id())));

        Lead cancelled = leads.find(lead.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(LeadStatus.CANCELLED);
        assertThat(cancelled.history()).last().satisfies(change -> {
            assertThat(change.by()).isEqualTo(Lead.PERSON);
            assertThat(change.at()).isEqualTo(Samples.NOW);
        });
    }

    @Test
    void leavesAClosedLeadClosedWhenThePersonCancels() {
        Lead lead = Samples.lead(id, Samples.NOW).withStatus(LeadStatus.CLOSED);
        leads.save(lead);

        recorder().record(turn(new DialogueEvent.LeadCancelled(lead.id())));

        assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.CLOSED);
    }

    @Test
    void failsTheTurnWhenADurableListenerFailsBeforeTheOthersHear() {
        LeadListener.Durable outbox = lead -> {
            throw new IllegalStateException("outbox down");
        };
        LeadListener other = lead -> told.add(lead.id());

        assertThatThrownBy(() -> recorder(other, outbox).record(turn(new DialogueEvent.LeadConfirmed(toCallBack()))))
                .hasMessage("outbox down");
        assertThat(told).isEmpty();
        assertThat(leads.of(id)).as("stored; the retry stores it again under the same id").hasSize(1);
    }

    @Nested
    class FollowUps {

        final InMemoryCheckIns checkIns = new InMemoryCheckIns();

        TurnRecorder recorder() {
            return new TurnRecorder(new InMemoryDiagnoses(), leads, List.of(), Clock.fixed(Samples.NOW, ZoneOffset.UTC),
                    Coordinators.packaged(), new CoordinatorPlanner(Coordinators.packaged(), bookings), List.of(),
                    checkIns);
        }

        DialogueEvent.FollowUpAccepted agreement() {
            return new DialogueEvent.FollowUpAccepted("checkin-1", id, Channel.TELEGRAM, "fr", Answers.none(),
                    Samples.diagnosis(), null, Samples.NOW);
        }

        @Test
        void keepsTheFollowUpAgreedToOnceWhateverTheTaps() {
            recorder().record(turn(agreement()));
            recorder().record(turn(agreement()));

            assertThat(checkIns.all()).singleElement().satisfies(checkIn -> {
                assertThat(checkIn.status()).isEqualTo(CheckInStatus.WAITING);
                assertThat(checkIn.version()).isZero();
            });
        }

        @Test
        void stopsAWaitingFollowUpOnNoThanks() {
            recorder().record(turn(agreement()));
            recorder().record(turn(new DialogueEvent.FollowUpDeclined("checkin-1", id)));

            assertThat(checkIns.find("checkin-1").orElseThrow().status()).isEqualTo(CheckInStatus.STOPPED);
            assertThat(checkIns.waiting()).isEmpty();
        }

        @Test
        void forgetsTheFollowUpsWithThePerson() {
            recorder().record(turn(agreement()));
            recorder().record(turn(new DialogueEvent.ConversationErased(id)));

            assertThat(checkIns.all()).isEmpty();
        }
    }
}
