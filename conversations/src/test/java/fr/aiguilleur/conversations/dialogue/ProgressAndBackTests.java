package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.dialogue.DialogueEvent.DiagnosisCompleted;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProgressAndBackTests {

    @Nested
    class Progress {

        @Test
        void numbersTheFirstQuestionOneOfTheQuestionsThatApply() {
            var dialogue = Dialogue.bookingVisit().tap("yes");
            assertThat(dialogue.lastMessage().number()).isEqualTo(new QuestionNumber(1, 18));
            assertThat(dialogue.lastMessage().number().label("fr")).isEqualTo("Question 1 sur 18");
            assertThat(dialogue.lastMessage().number().label("en")).isEqualTo("Question 1 of 18");
        }

        @Test
        void countsOnlyTheQuestionsStillAskedAfterSkips() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode");
            assertThat(dialogue.lastMessage().number()).isEqualTo(new QuestionNumber(4, 17));
        }

        @Test
        void doesNotNumberTheConsentNorTheBookingQuestions() {
            var dialogue = Dialogue.bookingVisit();
            assertThat(dialogue.lastMessage().number()).isNull();
            dialogue.answerUntil("visit_offer");
            assertThat(dialogue.lastMessage().number()).isNull();
        }
    }

    @Nested
    class Back {

        @Test
        void isOfferedOnEveryQuestionButTheFirst() {
            var dialogue = Dialogue.bookingVisit().tap("yes");
            assertThat(dialogue.lastMessage().back()).isNull();
            dialogue.tap("owner");
            assertThat(dialogue.lastMessage().back().label()).isEqualTo("← Retour");
        }

        @Test
        void goesBackThreeTimesWithTheEarlierAnswersMarkedThenForwardAgain() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode").back();
            assertThat(dialogue.conversation.step()).isEqualTo("headcount");
            assertThat(dialogue.lastMessage().buttons()).filteredOn(button -> button.optionId().equals("solo"))
                    .extracting(Button::label).singleElement().asString().startsWith("✓ ");
            dialogue.back().back();
            assertThat(dialogue.conversation.step()).isEqualTo("role");
            assertThat(dialogue.lastMessage().number()).isEqualTo(new QuestionNumber(1, 17));
            dialogue.tap("owner").tap("retail").tap("micro");
            assertThat(dialogue.conversation.step()).isEqualTo("postcode");
            assertThat(dialogue.lastMessage().number()).isEqualTo(new QuestionNumber(4, 18));
        }

        @Test
        void dropsTheAnswersThatNoLongerApplyAndRunsTheRulesAgain() {
            var dialogue = Dialogue.bookingVisit().answerUntil("presence");
            dialogue.tap("site").tap("done");
            assertThat(dialogue.conversation.step()).isEqualTo("presence_updated");
            dialogue.tap(dialogue.optionIds().get(0));
            assertThat(dialogue.conversation.answers().answered("presence_updated")).isTrue();
            dialogue.back().back();
            assertThat(dialogue.conversation.step()).isEqualTo("presence");
            dialogue.tap("site").tap("nowhere").tap("done");
            assertThat(dialogue.conversation.answers().answered("presence_updated")).isFalse();
            dialogue.answerUntil("visit_offer");
            assertThat(dialogue.events(DiagnosisCompleted.class)).hasSize(1);
            assertThat(dialogue.conversation.answers().get("presence")).containsExactly("nowhere");
        }

        @Test
        void aStaleBackTapChangesNothing() {
            var dialogue = Dialogue.bookingVisit().answerUntil("postcode");
            Button old = dialogue.lastMessage().back();
            dialogue.back();
            dialogue.send(new Input.Choice(old.questionId(), old.optionId(), old.check()));
            assertThat(dialogue.conversation.step()).isEqualTo("headcount");
            assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
        }
    }
}
