package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MultiChoiceTests {

    private static Dialogue atPresence() {
        return Dialogue.bookingVisit().answerUntil("presence");
    }

    private static String label(Dialogue dialogue, String optionId) {
        return dialogue.button(optionId).orElseThrow().label();
    }

    @Nested
    class Taps {

        @Test
        void showsTheQuestionAgainWithTheTappedOptionMarked() {
            var dialogue = atPresence().tap("site");
            assertThat(dialogue.conversation.step()).isEqualTo("presence");
            assertThat(dialogue.conversation.selection()).containsExactly("site");
            assertThat(label(dialogue, "site")).isEqualTo("✓ Un site internet");
            assertThat(label(dialogue, "social")).isEqualTo("Les réseaux sociaux");
            assertThat(dialogue.lastMessage().hint()).isEqualTo(InputHint.MULTI_CHOICE);
            assertThat(dialogue.lastMessage().text()).contains("C'est tout");
        }

        @Test
        void untickesAnOptionTappedTwice() {
            var dialogue = atPresence().tap("site").tap("social").tap("site");
            assertThat(dialogue.conversation.selection()).containsExactly("social");
            assertThat(label(dialogue, "site")).doesNotStartWith("✓");
        }

        @Test
        void keepsNoAnswerUntilDone() {
            var dialogue = atPresence().tap("site");
            assertThat(dialogue.conversation.answers().answered("presence")).isFalse();
            assertThat(dialogue.last.events()).isEmpty();
        }

        @Test
        void clearsTheOthersWhenAnExclusiveOptionIsTapped() {
            var dialogue = atPresence().tap("site").tap("social").tap("nowhere");
            assertThat(dialogue.conversation.selection()).containsExactly("nowhere");
        }

        @Test
        void clearsTheExclusiveOptionWhenAnotherIsTapped() {
            var dialogue = atPresence().tap("nowhere").tap("maps");
            assertThat(dialogue.conversation.selection()).containsExactly("maps");
        }

        @Test
        void acceptsAnOptionTypedAsItsLabel() {
            var dialogue = atPresence().type("Les réseaux sociaux").type("c'est tout");
            assertThat(dialogue.conversation.answers().get("presence")).containsExactly("social");
        }
    }

    @Nested
    class Done {

        @Test
        void recordsTheTickedOptionsInQuestionOrder() {
            var dialogue = atPresence().tap("social").tap("site").tap("done");
            assertThat(dialogue.conversation.answers().get("presence")).containsExactly("site", "social");
            assertThat(dialogue.conversation.step()).isEqualTo("presence_updated");
        }

        @Test
        void reasksWhenNothingIsTicked() {
            var dialogue = atPresence().tap("done");
            assertThat(dialogue.conversation.step()).isEqualTo("presence");
            assertThat(dialogue.lastMessage().text()).startsWith("Choisissez au moins une réponse");
            assertThat(dialogue.optionIds()).containsExactly("site", "maps", "social", "nowhere", "done");
        }

        @Test
        void showsThePreviousAnswerTickedAfterGoingBack() {
            var dialogue = atPresence().tap("site").tap("maps").tap("done").command("retour");
            assertThat(dialogue.conversation.step()).isEqualTo("presence");
            assertThat(label(dialogue, "site")).startsWith("✓");
            assertThat(label(dialogue, "maps")).startsWith("✓");
            dialogue.tap("maps").tap("done");
            assertThat(dialogue.conversation.answers().get("presence")).containsExactly("site");
        }
    }
}
