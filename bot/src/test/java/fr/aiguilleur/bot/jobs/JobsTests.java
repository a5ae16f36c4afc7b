package fr.aiguilleur.bot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.leads.PersonNotifier;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.VisitReminders;
import fr.aiguilleur.conversations.dialogue.InMemoryConversations;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JobsTests {

    final TestClock clock = new TestClock(Samples.NOW);
    final List<String> sent = new ArrayList<>();
    final PersonNotifier telegram = new PersonNotifier() {
        @Override
        public Channel channel() {
            return Channel.TELEGRAM;
        }

        @Override
        public boolean send(ConversationId conversation, String language, List<Message> messages) {
            messages.forEach(message -> sent.add(conversation.value() + " " + message.text()));
            return true;
        }
    };

    @Nested
    class Silences {

        final InMemoryConversations conversations = new InMemoryConversations();
        final InactivityJob job = new InactivityJob(conversations,
                new InactivitySettings(Duration.ofHours(24), Duration.ofDays(30), Duration.ofMinutes(15)),
                List.of(telegram), clock);

        /** A conversation of this channel in the middle of the questions, last active now. */
        ConversationId halfway(Channel channel) {
            var id = new ConversationId(channel.name().toLowerCase() + ":" + java.util.UUID.randomUUID());
            Instant now = clock.instant();
            conversations.save(new Conversation(id, channel, "fr", "v1", "sector", 2,
                    Answers.none().with("role", List.of("owner")), null, List.of("role"), now, now, now, null, null,
                    null, null, null, 1));
            return id;
        }

        @Test
        void remindsASilentTelegramPersonOnceAfterADay() {
            ConversationId id = halfway(Channel.TELEGRAM);

            clock.advance(Duration.ofHours(23));
            assertThat(job.nudge()).isZero();
            clock.advance(Duration.ofHours(2));
            assertThat(job.nudge()).isOne();
            clock.advance(Duration.ofHours(1));
            assertThat(job.nudge()).as("once").isZero();

            assertThat(sent).singleElement().asString().startsWith(id.value())
                    .contains("Voulez-vous reprendre où vous en étiez ?");
            assertThat(conversations.find(id).orElseThrow().nudgedAt()).isEqualTo(Samples.NOW.plus(Duration.ofHours(25)));
        }

        @Test
        void leavesWebConversationsAloneSinceNobodyListens() {
            ConversationId id = halfway(Channel.WEB);
            clock.advance(Duration.ofHours(25));

            assertThat(job.nudge()).isZero();
            assertThat(conversations.find(id).orElseThrow().nudgedAt()).isNull();
        }

        @Test
        void erasesConversationsSilentForThirtyDays() {
            ConversationId old = halfway(Channel.WEB);
            clock.advance(Duration.ofDays(20));
            ConversationId recent = halfway(Channel.TELEGRAM);
            clock.advance(Duration.ofDays(10).plusSeconds(1));

            assertThat(job.abandon()).isOne();
            assertThat(conversations.find(old)).isEmpty();
            assertThat(conversations.find(recent)).isPresent();
        }

        @Test
        void tellsItsListenersOfEachErasedConversationEvenWhenOneFails() {
            List<ConversationId> told = new ArrayList<>();
            AbandonListener failing = id -> {
                throw new IllegalStateException("counters unreachable");
            };
            var listened = new InactivityJob(conversations,
                    new InactivitySettings(Duration.ofHours(24), Duration.ofDays(30), Duration.ofMinutes(15)),
                    List.of(telegram), List.of(failing, told::add), clock);
            ConversationId old = halfway(Channel.WEB);
            ConversationId older = halfway(Channel.TELEGRAM);
            clock.advance(Duration.ofDays(30).plusSeconds(1));

            assertThat(listened.abandon()).isEqualTo(2);
            assertThat(told).containsExactlyInAnyOrder(old, older);
            assertThat(listened.abandon()).as("told once").isZero();
            assertThat(told).hasSize(2);
        }
    }

    @Nested
    class Visits {

        final InMemoryLeads leads = new InMemoryLeads();
        final VisitReminderJob job = new VisitReminderJob(new VisitReminders(Coordinators.packaged()), leads,
                new InMemorySentReminders(), List.of(telegram), clock);
        /** Samples.slot() starts 2026-05-19 09:00 in Paris, 07:00 UTC. */
        final Instant dayBefore = Instant.parse("2026-05-18T07:00:00Z");

        @Test
        void remindsTheVisitTheDayBeforeOnce() {
            Lead lead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            leads.save(lead);

            clock.set(dayBefore.minus(Duration.ofHours(5)));
            assertThat(job.run()).as("too early").isZero();
            clock.set(dayBefore);
            assertThat(job.run()).isOne();
            clock.advance(Duration.ofMinutes(10));
            assertThat(job.run()).isZero();

            assertThat(sent).singleElement().asString().startsWith(lead.conversationId().value()).contains("demain");
        }

        @Test
        void skipsWebLeadsAndCancelledOnes() {
            Lead telegramLead = Samples.lead(Samples.newConversationId(), Samples.NOW);
            Lead web = new Lead(Samples.lead(new ConversationId("web:1"), Samples.NOW).id(), new ConversationId("web:1"),
                    Channel.WEB, null, Samples.NOW, "Marie", "phone", "+33612345678", null, "33210", "33",
                    Samples.diagnosis(), List.of("early"), "onsite", Samples.slot(), false,
                    fr.aiguilleur.conversations.leads.LeadStatus.NEW);
            leads.save(web);
            leads.save(telegramLead.moveTo(fr.aiguilleur.conversations.leads.LeadStatus.CANCELLED, Lead.PERSON,
                    Samples.NOW));
            clock.set(dayBefore);

            assertThat(job.run()).isZero();
            assertThat(sent).isEmpty();
        }
    }
}
