package fr.aiguilleur.bot.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.chat.TurnRecorder;
import fr.aiguilleur.bot.support.RedisExtension;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.booking.Bookings;
import fr.aiguilleur.conversations.booking.CoordinatorPlanner;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.booking.InMemoryBookings;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.checkin.InMemoryCheckIns;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.InMemoryConversations;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.support.StaticMessageSource;

/**
 * /oubli through the switchboard: conversation, diagnoses, leads and follow-up check-ins of the
 * person go, their slot is free again.
 */
class ErasureTests {

    @RegisterExtension
    static final RedisExtension REDIS = RedisExtension.shared();

    private static final Redis redis = REDIS.open(url -> new Redis(url, Duration.ofSeconds(2)));

    static void erasesEverythingOfThePersonAndFreesTheSlot(Conversations conversations, Leads leads,
            Diagnoses diagnoses, Bookings bookings, CheckIns checkIns) {
        ConversationId person = Samples.newConversationId();
        ConversationId other = Samples.newConversationId();
        var slot = new VisitSlot("demo-" + UUID.randomUUID().toString().substring(0, 6), "demo",
                LocalDateTime.now().plusDays(3).withNano(0), 60, "un créneau");
        Lead lead = withSlot(Samples.lead(person, Samples.NOW), slot);
        Lead kept = Samples.lead(other, Samples.NOW);
        conversations.save(Samples.conversation(person));
        assertThat(bookings.take(slot, lead.id())).isTrue();
        leads.save(lead);
        leads.save(kept);
        diagnoses.record(Samples.storedDiagnosis(person, Samples.NOW));
        diagnoses.record(Samples.storedDiagnosis(other, Samples.NOW));
        var checkIn = RedisCheckInsTests.waiting(person, Samples.NOW);
        var keptCheckIn = RedisCheckInsTests.waiting(other, Samples.NOW);
        checkIns.add(checkIn);
        checkIns.add(keptCheckIn);

        var engine = mock(DialogueEngine.class);
        when(engine.handle(any(), any(), any())).thenReturn(new Turn(null, List.of(Message.of("C'est effacé.")),
                List.of(new DialogueEvent.ConversationErased(person))));
        var planner = new CoordinatorPlanner(Coordinators.packaged(), bookings);
        var clock = Clock.fixed(Samples.NOW, ZoneOffset.UTC);
        var recorder = new TurnRecorder(diagnoses, leads, List.of(), clock, Coordinators.packaged(), planner, List.of(),
                checkIns);
        new Switchboard(engine, conversations, recorder, new StaticMessageSource(), clock)
                .receive(person, Channel.TELEGRAM, new Input.Choice("erase", "yes", "v1:2")).block(Duration.ofSeconds(30));

        assertThat(conversations.find(person)).isEmpty();
        assertThat(leads.find(lead.id())).isEmpty();
        assertThat(leads.find(kept.id())).isPresent();
        assertThat(diagnoses.all()).noneMatch(d -> d.conversationId().equals(person.value()))
                .anyMatch(d -> d.conversationId().equals(other.value()));
        assertThat(checkIns.find(checkIn.id())).isEmpty();
        assertThat(checkIns.find(keptCheckIn.id())).contains(keptCheckIn);
        assertThat(bookings.take(slot, "someone-else")).as("the slot is free again").isTrue();
    }

    private static Lead withSlot(Lead lead, VisitSlot slot) {
        return lead.withSlot(slot);
    }

    @Nested
    class InMemory {

        @Test
        void erasesEverythingOfThePersonAndFreesTheSlot() {
            ErasureTests.erasesEverythingOfThePersonAndFreesTheSlot(new InMemoryConversations(), new InMemoryLeads(),
                    new InMemoryDiagnoses(), new InMemoryBookings(), new InMemoryCheckIns());
        }
    }

    @Nested
    class InRedis {

        @Test
        void erasesEverythingOfThePersonAndFreesTheSlot() {
            Duration month = Duration.ofDays(30);
            ErasureTests.erasesEverythingOfThePersonAndFreesTheSlot(
                    new RedisConversationIndex(new RedisConversations(redis, month), redis, month),
                    new RedisLeads(redis), new RedisDiagnoses(redis, Duration.ofDays(400)), new RedisBookings(redis),
                    new RedisCheckIns(redis, Duration.ofDays(400)));
        }
    }
}
