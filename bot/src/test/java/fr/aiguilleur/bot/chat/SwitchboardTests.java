package fr.aiguilleur.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.aiguilleur.bot.leads.LeadListener;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.InMemoryConversations;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import fr.aiguilleur.conversations.booking.VisitSlot;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import reactor.test.StepVerifier;

class SwitchboardTests {

    static final Instant NOW = Instant.parse("2026-05-12T08:00:00Z");
    static final ConversationId ID = new ConversationId("web:8f3c2a10-1b2c-4d5e-8f90-a1b2c3d4e5f6");
    static final String BUSY = "Un instant, s'il vous plaît : réessayez dans une minute.";
    static final Input TAP = new Input.Choice("confirm", "yes", "v1:20");

    final DialogueEngine engine = mock(DialogueEngine.class);
    final InMemoryConversations conversations = new InMemoryConversations();
    final InMemoryLeads leads = new InMemoryLeads();
    final InMemoryDiagnoses diagnoses = new InMemoryDiagnoses();
    final List<String> told = new ArrayList<>();

    Switchboard switchboard(Conversations conversationStore, Leads leadStore, LeadListener... listeners) {
        var texts = new StaticMessageSource();
        texts.addMessage("switchboard.busy", java.util.Locale.FRENCH, BUSY);
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var recorder = new TurnRecorder(diagnoses, leadStore, List.of(listeners), clock);
        return new Switchboard(engine, conversationStore, recorder, texts, clock);
    }

    static Conversation conversation(long version) {
        var opened = Conversation.open(ID, Channel.WEB, "fr", "v1", "consent", null, NOW);
        return new Conversation(ID, Channel.WEB, "fr", "v1", "confirm", 20, new Answers(Map.of("postcode",
                List.of("33210"), "role", List.of("owner"))), List.of(), List.of(), NOW, opened.startedAt(), NOW, null,
                null, null, null, null, version);
    }

    static Lead lead() {
        return new Lead("lead-1", ID, Channel.WEB, null, NOW, "Martine", "phone", "+33612345678", null, "33210", "33",
                diagnosis(), List.of("early"), "onsite", null, false, LeadStatus.NEW);
    }

    static Diagnosis diagnosis() {
        return new Diagnosis(Map.of(), Map.of(), null, Decision.BOOK_VISIT, null, List.of(), List.of(), "v1", "r1");
    }

    static Turn turn(Conversation next, DialogueEvent... events) {
        return new Turn(next, List.of(Message.of("C'est noté.")), List.of(events));
    }

    @Nested
    class Stores {

        @Test
        void storesTheLeadBeforeTellingListenersAndPerson() {
            conversations.save(conversation(5));
            when(engine.handle(any(), eq(TAP), eq(NOW)))
                    .thenReturn(turn(conversation(6), new DialogueEvent.LeadConfirmed(lead())));
            LeadListener listener = lead -> told.add(lead.id() + " stored=" + leads.find(lead.id()).isPresent());

            StepVerifier.create(switchboard(conversations, leads, listener).receive(ID, Channel.WEB, TAP))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly("C'est noté."))
                    .verifyComplete();

            assertThat(leads.find("lead-1")).isPresent();
            assertThat(told).containsExactly("lead-1 stored=true");
            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(6L);
        }

        @Test
        void marksTheLeadCancelledBeforeTellingListeners() {
            conversations.save(conversation(5));
            leads.save(lead());
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(conversation(6), new DialogueEvent.LeadCancelled("lead-1")));
            LeadListener listener = new LeadListener() {
                @Override
                public void onLeadConfirmed(Lead lead) {
                    told.add("confirmed");
                }

                @Override
                public void onLeadCancelled(Lead lead) {
                    told.add("cancelled, stored as " + leads.find(lead.id()).orElseThrow().status());
                }
            };

            StepVerifier.create(switchboard(conversations, leads, listener).receive(ID, Channel.WEB, TAP))
                    .expectNextCount(1).verifyComplete();

            assertThat(leads.find("lead-1")).get().extracting(Lead::status).isEqualTo(LeadStatus.CANCELLED);
            assertThat(told).containsExactly("cancelled, stored as CANCELLED");
        }

        @Test
        void keepsTheNewSlotOfAMovedVisit() {
            conversations.save(conversation(5));
            leads.save(lead());
            var slot = new VisitSlot("s-42", "coord-1", LocalDateTime.of(2026, 5, 19, 9, 0), 60, "mardi 19 mai, 9 h");
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(conversation(6), new DialogueEvent.LeadRescheduled("lead-1", slot)));

            StepVerifier.create(switchboard(conversations, leads).receive(ID, Channel.WEB, TAP))
                    .expectNextCount(1).verifyComplete();

            assertThat(leads.find("lead-1")).get().satisfies(lead -> {
                assertThat(lead.slot()).isEqualTo(slot);
                assertThat(lead.firstName()).isEqualTo("Martine");
            });
        }

        @Test
        void keepsDiagnosisWithoutPostcode() {
            conversations.save(conversation(5));
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(conversation(6), new DialogueEvent.DiagnosisCompleted(ID, diagnosis())));

            StepVerifier.create(switchboard(conversations, leads).receive(ID, Channel.WEB, TAP))
                    .expectNextCount(1).verifyComplete();

            assertThat(diagnoses.all()).singleElement().satisfies(stored -> {
                assertThat(stored.departement()).isEqualTo("33");
                assertThat(stored.answers()).containsOnlyKeys("role");
            });
        }

        @Test
        void erasesEverythingOfThePersonOnErasure() {
            conversations.save(conversation(5));
            leads.save(lead());
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(null, new DialogueEvent.ConversationErased(ID)));

            StepVerifier.create(switchboard(conversations, leads).receive(ID, Channel.WEB, TAP))
                    .expectNextCount(1).verifyComplete();

            assertThat(conversations.find(ID)).isEmpty();
            assertThat(leads.all()).isEmpty();
        }

        @Test
        void opensConversationWhenNoneIsStored() {
            when(engine.open(eq(ID), eq(Channel.TELEGRAM), eq("salon-33"), eq("fr"), eq(NOW)))
                    .thenReturn(turn(conversation(0)));

            StepVerifier.create(switchboard(conversations, leads)
                    .receive(ID, Channel.TELEGRAM, new Input.Command("start", "salon-33")))
                    .expectNextCount(1).verifyComplete();

            assertThat(conversations.find(ID)).isPresent();
        }
    }

    @Nested
    class Answering {

        static final Switchboard.Opening OPENING = new Switchboard.Opening("salon-33", "en");

        @Test
        void opensWithTheGivenSourceAndLanguageWhenNoConversationIsStored() {
            when(engine.open(ID, Channel.TELEGRAM, "salon-33", "en", NOW)).thenReturn(turn(conversation(0)));

            StepVerifier.create(switchboard(conversations, leads)
                    .answer(ID, Channel.TELEGRAM, new Input.Command("start", "salon-33"), OPENING))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly("C'est noté."))
                    .verifyComplete();

            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(0L);
        }

        @Test
        void handsTheInputToTheStoredConversationInsteadOfOpeningOne() {
            conversations.save(conversation(5));
            when(engine.handle(conversation(5), TAP, NOW)).thenReturn(turn(conversation(6)));

            StepVerifier.create(switchboard(conversations, leads).answer(ID, Channel.TELEGRAM, TAP, OPENING))
                    .expectNextCount(1).verifyComplete();

            verify(engine, times(0)).open(any(), any(), any(), any(), any());
            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(6L);
        }

        @Test
        void handsTheInputToAConversationOpenedMeanwhileByAnotherInstance() {
            var openedElsewhere = new Conversations() {
                private boolean first = true;

                @Override
                public Optional<Conversation> find(ConversationId id) {
                    Optional<Conversation> stored = conversations.find(id);
                    if (first) {
                        first = false;
                        conversations.save(conversation(3));
                    }
                    return stored;
                }

                @Override
                public void save(Conversation conversation) {
                    conversations.save(conversation);
                }

                @Override
                public void delete(ConversationId id) {
                    conversations.delete(id);
                }
            };
            when(engine.open(ID, Channel.TELEGRAM, "salon-33", "en", NOW)).thenReturn(turn(conversation(0)));
            when(engine.handle(conversation(3), TAP, NOW)).thenReturn(turn(conversation(4)));

            StepVerifier.create(switchboard(openedElsewhere, leads).answer(ID, Channel.TELEGRAM, TAP, OPENING))
                    .expectNextCount(1).verifyComplete();

            assertThat(openedElsewhere.find(ID)).get().extracting(Conversation::version).isEqualTo(4L);
        }
    }

    @Nested
    class Opens {

        @Test
        void replacesTheStoredConversationWithANewOne() {
            conversations.save(conversation(5));
            when(engine.open(ID, Channel.WEB, null, "fr", NOW)).thenReturn(turn(conversation(0)));

            StepVerifier.create(switchboard(conversations, leads).open(ID, Channel.WEB, null, "fr"))
                    .expectNextCount(1).verifyComplete();

            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(0L);
        }

        @Test
        void refusesATurnOfTheReplacedConversationStoredAfterwards() {
            conversations.save(conversation(5));
            when(engine.open(ID, Channel.WEB, null, "fr", NOW)).thenReturn(turn(conversation(0)));

            StepVerifier.create(switchboard(conversations, leads).open(ID, Channel.WEB, null, "fr"))
                    .expectNextCount(1).verifyComplete();

            assertThatThrownBy(() -> conversations.save(conversation(6)))
                    .isInstanceOf(ConcurrentUpdate.class);
            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(0L);
        }
    }

    @Nested
    class Failures {

        @Test
        void appliesTheInputAgainAfterAConcurrentUpdate() {
            conversations.save(conversation(5));
            var racing = new Conversations() {
                boolean raced;

                @Override
                public void save(Conversation conversation) {
                    if (!raced) {
                        raced = true;
                        throw new ConcurrentUpdate(ID.value(), 5, 6);
                    }
                    conversations.save(conversation);
                }

                @Override
                public Optional<Conversation> find(ConversationId id) {
                    return conversations.find(id);
                }

                @Override
                public void delete(ConversationId id) {
                    conversations.delete(id);
                }
            };
            when(engine.handle(any(), any(), any())).thenReturn(turn(conversation(6)));

            StepVerifier.create(switchboard(racing, leads).receive(ID, Channel.WEB, TAP))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly("C'est noté."))
                    .verifyComplete();

            verify(engine, times(2)).handle(any(), any(), any());
        }

        @Test
        void asksToRetryAndChangesNothingWhenTheStoreIsDown() {
            var down = new Conversations() {
                @Override
                public Optional<Conversation> find(ConversationId id) {
                    throw new IllegalStateException("connection refused");
                }

                @Override
                public void save(Conversation conversation) {
                    throw new IllegalStateException("connection refused");
                }

                @Override
                public void delete(ConversationId id) {
                    throw new IllegalStateException("connection refused");
                }
            };

            StepVerifier.create(switchboard(down, leads).receive(ID, Channel.WEB, TAP))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly(BUSY))
                    .verifyComplete();
        }

        @Test
        void putsTheConversationBackWhenTheLeadCannotBeStored() {
            conversations.save(conversation(5));
            var leadsDown = new Leads() {
                @Override
                public void save(Lead lead) {
                    throw new IllegalStateException("connection refused");
                }

                @Override
                public Optional<Lead> find(String id) {
                    return Optional.empty();
                }

                @Override
                public List<Lead> all() {
                    return List.of();
                }

                @Override
                public void eraseFor(ConversationId conversationId) {
                }
            };
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(conversation(6), new DialogueEvent.LeadConfirmed(lead())));

            StepVerifier.create(switchboard(conversations, leadsDown, lead -> told.add(lead.id()))
                    .receive(ID, Channel.WEB, TAP))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly(BUSY))
                    .verifyComplete();

            assertThat(conversations.find(ID)).get().extracting(Conversation::version).isEqualTo(5L);
            assertThat(told).isEmpty();
        }

        @Test
        void keepsTheLeadWhenAListenerFails() {
            conversations.save(conversation(5));
            when(engine.handle(any(), any(), any()))
                    .thenReturn(turn(conversation(6), new DialogueEvent.LeadConfirmed(lead())));
            LeadListener failing = lead -> {
                throw new IllegalStateException("telegram down");
            };

            StepVerifier.create(switchboard(conversations, leads, failing, lead -> told.add(lead.id()))
                    .receive(ID, Channel.WEB, TAP))
                    .assertNext(messages -> assertThat(messages).extracting(Message::text).containsExactly("C'est noté."))
                    .verifyComplete();

            assertThat(leads.find("lead-1")).isPresent();
            assertThat(told).containsExactly("lead-1");
        }
    }
}
