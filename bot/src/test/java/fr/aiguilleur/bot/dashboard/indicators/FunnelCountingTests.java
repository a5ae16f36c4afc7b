package fr.aiguilleur.bot.dashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Turn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunnelCountingTests {

    private final InMemoryFunnelCounters counters = new InMemoryFunnelCounters();
    private final FunnelCounting counting = new FunnelCounting(counters,
            Clock.fixed(Instant.parse("2026-05-12T09:30:00Z"), ZoneOffset.UTC));
    private final ConversationId id = Samples.newConversationId();

    private static Turn turn(Conversation conversation, DialogueEvent... events) {
        return new Turn(conversation, List.of(), List.of(events));
    }

    @Test
    void countsAConversationOpenedAndConsentedInItsIsoWeek() {
        Conversation opened = Samples.conversation(id);
        counting.count(turn(opened));
        Conversation consented = Samples.answered(opened, "role", "owner");
        counting.count(turn(consented, new DialogueEvent.ConsentGiven(id)));
        assertThat(counters.weeks()).isEqualTo(Map.of("2026-W20",
                Map.of(FunnelCounters.Counter.STARTED, 1L, FunnelCounters.Counter.CONSENTED, 1L)));
    }

    @Test
    void keepsTheLastQuestionAnsweredUntilTheDiagnosisIsMade() {
        Conversation answering = Samples.answered(Samples.conversation(id), "role", "owner");
        counting.count(turn(answering, new DialogueEvent.QuestionAnswered(id, "role")));
        counting.count(turn(answering, new DialogueEvent.QuestionAnswered(id, "sector")));
        assertThat(counters.unfinished()).isEqualTo(Map.of("sector", 1L));
        Conversation done = Samples.booking(id);
        counting.count(turn(done, new DialogueEvent.DiagnosisCompleted(id, Samples.diagnosis())));
        counting.count(turn(done, new DialogueEvent.QuestionAnswered(id, "availability")));
        assertThat(counters.unfinished()).isEmpty();
    }

    @Test
    void forgetsAnErasedConversation() {
        Conversation answering = Samples.answered(Samples.conversation(id), "role", "owner");
        counting.count(turn(answering, new DialogueEvent.QuestionAnswered(id, "role")));
        counting.count(new Turn(null, List.of(), List.of(new DialogueEvent.ConversationErased(id))));
        assertThat(counters.unfinished()).isEmpty();
    }

    @Test
    void keepsWhereAnAbandonedConversationStoppedWithoutKeepingTheConversation() {
        ConversationId other = Samples.newConversationId();
        Conversation answering = Samples.answered(Samples.conversation(id), "role", "owner");
        counting.count(turn(answering, new DialogueEvent.QuestionAnswered(id, "sector")));
        counting.count(turn(answering, new DialogueEvent.QuestionAnswered(other, "sector")));

        counting.abandoned(id);
        counting.abandoned(Samples.newConversationId());
        assertThat(counters.unfinished()).isEqualTo(Map.of("sector", 2L));

        counting.count(new Turn(null, List.of(), List.of(new DialogueEvent.ConversationErased(other))));
        counting.abandoned(id);
        assertThat(counters.unfinished()).as("the abandoned one still counts, once").isEqualTo(Map.of("sector", 1L));
    }

    @Test
    void neverKeepsTheConversationId() {
        assertThat(FunnelCounting.key(id)).doesNotContain(id.value()).hasSize(24);
        assertThat(FunnelCounting.key(id)).isEqualTo(FunnelCounting.key(new ConversationId(id.value())));
    }

    @Test
    void neverFailsTheTurnWhenCountersCannotBeWritten() {
        var broken = new FunnelCounting(new Unreachable(), Clock.systemUTC());
        broken.count(turn(Samples.conversation(id), new DialogueEvent.QuestionAnswered(id, "role")));
        broken.abandoned(id);
    }

    /** Counters whose store is down. */
    private static final class Unreachable implements FunnelCounters {

        @Override
        public void add(Counter counter, String week) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void answered(String conversationKey, String questionId) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void finished(String conversationKey) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void abandoned(String conversationKey) {
            throw new IllegalStateException("store down");
        }

        @Override
        public Map<String, Map<Counter, Long>> weeks() {
            throw new IllegalStateException("store down");
        }

        @Override
        public Map<String, Long> unfinished() {
            throw new IllegalStateException("store down");
        }
    }

    @Test
    void namesIsoWeeksAcrossTheYearEnd() {
        assertThat(Weeks.of(Instant.parse("2026-12-31T12:00:00Z"))).isEqualTo("2026-W53");
        assertThat(Weeks.of(Instant.parse("2027-01-04T12:00:00Z"))).isEqualTo("2027-W01");
        assertThat(Weeks.monday("2026-W20")).hasToString("2026-05-11");
    }
}
