package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.Channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadCancelled;
import fr.aiguilleur.conversations.dialogue.DialogueEvent.LeadConfirmed;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitRemindersTests {

    static final Instant VISIT = LocalDateTime.of(2026, 5, 6, 7, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();

    private final VisitReminders reminders = new VisitReminders(Coordinators.packaged());
    private final Dialogue dialogue = new Dialogue(FixedDiagnostician.bookVisit(),
            new CoordinatorPlanner(Coordinators.packaged(), new InMemoryBookings()), null, Channel.WEB)
            .answerUntil("visit_offer").tap("accept").tap("early").tap("done").tap("phone")
            .tap(CoordinatorBookingTests.WEDNESDAY_7).type("Marie").tap("phone").type("0612345678").tap("yes");
    private final Lead lead = dialogue.events(LeadConfirmed.class).get(0).lead();

    @Test
    void remindsTheDayBeforeInPlainFrench() {
        var due = reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(24)));
        assertThat(due).hasSize(1);
        assertThat(due.get(0).lead()).isEqualTo(lead);
        assertThat(due.get(0).message().text()).startsWith("Bonjour Marie, petit rappel")
                .contains("demain, mercredi 6 mai à 7 h 00, par téléphone", "/annuler");
        assertThat(due.get(0).message().buttons()).extracting(Button::label)
                .containsExactly("Annuler", "Changer de créneau");
    }

    @Test
    void remindsOnlyBetween20And28HoursBefore() {
        assertThat(reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(20)))).hasSize(1);
        assertThat(reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(28)))).hasSize(1);
        assertThat(reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(29)))).isEmpty();
        assertThat(reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(19)))).isEmpty();
    }

    @Test
    void remindsOnceAndNeverOfACancelledOrCallBackLead() {
        Instant dayBefore = VISIT.minus(Duration.ofHours(24));
        assertThat(reminders.due(List.of(lead), Set.of(lead.id()), dayBefore)).isEmpty();
        assertThat(reminders.due(List.of(lead.withStatus(LeadStatus.CANCELLED)), Set.of(), dayBefore)).isEmpty();
        Lead callBack = new Lead("lead-2", lead.conversationId(), lead.channel(), null, lead.createdAt(), "Paul",
                "phone", "+33698765432", null, "33210", "33", lead.diagnosis(), List.of(), "phone", null, false,
                LeadStatus.NEW);
        assertThat(reminders.due(List.of(callBack), Set.of(), dayBefore)).isEmpty();
    }

    @Test
    void letsThePersonCancelFromTheReminder() {
        Button cancel = reminders.due(List.of(lead), Set.of(), VISIT.minus(Duration.ofHours(24))).get(0).message()
                .buttons().get(0);
        dialogue.send(new Input.Choice(cancel.questionId(), cancel.optionId(), cancel.check())).tap("cancel_sure");
        assertThat(dialogue.events(LeadCancelled.class)).containsExactly(new LeadCancelled(lead.id()));
    }

    @Test
    void keepsTheConfirmedVisitThroughAJsonRoundTrip() throws Exception {
        var json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Conversation read = json.readValue(json.writeValueAsString(dialogue.conversation), Conversation.class);
        assertThat(read).isEqualTo(dialogue.conversation);
        dialogue.conversation = read;
        dialogue.tap("change");
        assertThat(dialogue.conversation.step()).isEqualTo("slot");
    }
}
