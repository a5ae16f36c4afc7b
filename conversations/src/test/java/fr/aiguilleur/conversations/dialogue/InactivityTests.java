package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InactivityTests {

    private final Inactivity inactivity = new Inactivity();

    private static Dialogue inProgress() {
        return Dialogue.bookingVisit().answerUntil("postcode");
    }

    private static Instant after(Conversation conversation, Duration silence) {
        return conversation.updatedAt().plus(silence);
    }

    @Nested
    class Nudge {

        @Test
        void isDueAfterADayOfSilence() {
            Conversation conversation = inProgress().conversation;
            assertThat(inactivity.dueForNudge(conversation, after(conversation, Duration.ofHours(23)))).isFalse();
            assertThat(inactivity.dueForNudge(conversation, after(conversation, Duration.ofHours(24)))).isTrue();
        }

        @Test
        void isSentOnlyOnce() {
            Conversation conversation = inProgress().conversation;
            Instant now = after(conversation, Duration.ofHours(25));
            Turn nudge = inactivity.nudge(conversation, now);
            assertThat(nudge.conversation().nudgedAt()).isEqualTo(now);
            assertThat(nudge.conversation().version()).isEqualTo(conversation.version() + 1);
            assertThat(nudge.conversation().updatedAt()).as("a reminder is not activity").isEqualTo(conversation.updatedAt());
            assertThat(inactivity.dueForNudge(nudge.conversation(), now.plus(Duration.ofDays(3)))).isFalse();
        }

        @Test
        void isDueAgainAfterThePersonWroteAndFellSilentOnceMore() {
            var dialogue = inProgress();
            Instant now = after(dialogue.conversation, Duration.ofHours(25));
            dialogue.conversation = inactivity.nudge(dialogue.conversation, now).conversation();
            dialogue.now = now;
            dialogue.type("33210");
            assertThat(inactivity.dueForNudge(dialogue.conversation, after(dialogue.conversation, Duration.ofHours(24))))
                    .isTrue();
        }

        @Test
        void asksToResumeWithAButtonThatShowsTheCurrentQuestion() {
            var dialogue = inProgress();
            Turn nudge = inactivity.nudge(dialogue.conversation, after(dialogue.conversation, Duration.ofHours(25)));
            Message message = nudge.messages().get(0);
            assertThat(message.text()).contains("Voulez-vous reprendre où vous en étiez ?");
            assertThat(message.buttons()).extracting(Button::label).containsExactly("Reprendre");
            dialogue.conversation = nudge.conversation();
            dialogue.last = nudge;
            dialogue.tap("resume");
            assertThat(dialogue.conversation.step()).isEqualTo("postcode");
            assertThat(dialogue.lastMessage().text()).contains("code postal");
        }

        @Test
        void isNotDueBeforeConsentOrAfterTheEnd() {
            Conversation welcome = Dialogue.bookingVisit().conversation;
            Conversation ended = Dialogue.bookingVisit().tap("no").conversation;
            assertThat(inactivity.dueForNudge(welcome, after(welcome, Duration.ofDays(2)))).isFalse();
            assertThat(inactivity.dueForNudge(ended, after(ended, Duration.ofDays(2)))).isFalse();
        }

        @Test
        void isNotDueForAPersonLookingAtTheirResult() {
            Conversation result = Dialogue.bookingVisit().answerUntil("visit_offer").conversation;
            Conversation booking = Dialogue.bookingVisit().answerUntil("visit_offer").tap("accept").conversation;
            assertThat(inactivity.dueForNudge(result, after(result, Duration.ofDays(2)))).isFalse();
            assertThat(inactivity.dueForNudge(booking, after(booking, Duration.ofDays(2)))).isTrue();
        }

        @Test
        void isNotDueForAnAbandonedConversation() {
            Conversation conversation = inProgress().conversation;
            assertThat(inactivity.dueForNudge(conversation, after(conversation, Duration.ofDays(31)))).isFalse();
        }
    }

    @Nested
    class Abandon {

        @Test
        void happensAfterThirtyDaysOfSilence() {
            Conversation conversation = inProgress().conversation;
            assertThat(inactivity.abandoned(conversation, after(conversation, Duration.ofDays(29)))).isFalse();
            assertThat(inactivity.abandoned(conversation, after(conversation, Duration.ofDays(30)))).isTrue();
        }

        @Test
        void followsTheDurationsGiven() {
            var quick = new Inactivity(Duration.ofMinutes(10), Duration.ofHours(1));
            Conversation conversation = inProgress().conversation;
            assertThat(quick.dueForNudge(conversation, after(conversation, Duration.ofMinutes(10)))).isTrue();
            assertThat(quick.abandoned(conversation, after(conversation, Duration.ofHours(1)))).isTrue();
        }

        @Test
        void refusesToAbandonBeforeNudging() {
            assertThatThrownBy(() -> new Inactivity(Duration.ofDays(2), Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
