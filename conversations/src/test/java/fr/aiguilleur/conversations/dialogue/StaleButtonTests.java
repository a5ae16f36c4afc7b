package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaleButtonTests {

    @Test
    void answersATapOnAnEarlierQuestionWithTheCurrentOne() {
        var dialogue = Dialogue.bookingVisit().tap("yes");
        Button owner = dialogue.button("owner").orElseThrow();
        dialogue.tap("owner").tap("retail");
        dialogue.send(new Input.Choice(owner.questionId(), "individual", owner.check()));
        assertThat(dialogue.conversation.answers().get("role")).containsExactly("owner");
        assertThat(dialogue.conversation.step()).isEqualTo("headcount");
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.").contains("Combien de personnes");
        assertThat(dialogue.optionIds()).containsExactly("solo", "micro", "small", "large");
    }

    @Test
    void refusesATapCarryingAnotherQuestionnaireVersion() {
        var dialogue = Dialogue.bookingVisit().tap("yes");
        Button owner = dialogue.button("owner").orElseThrow();
        String otherVersion = owner.check().replace("v1.", "v2.");
        dialogue.send(new Input.Choice("role", "owner", otherVersion));
        assertThat(dialogue.conversation.answers().answered("role")).isFalse();
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
    }

    @Test
    void refusesATapOfTheSameQuestionAskedEarlier() {
        var dialogue = Dialogue.bookingVisit().tap("yes");
        Button firstOwner = dialogue.button("owner").orElseThrow();
        dialogue.tap("employee").command("retour");
        dialogue.send(new Input.Choice(firstOwner.questionId(), firstOwner.optionId(), firstOwner.check()));
        assertThat(dialogue.conversation.answers().get("role")).containsExactly("employee");
        assertThat(dialogue.conversation.step()).isEqualTo("role");
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
    }

    @Test
    void refusesAForgedOption() {
        var dialogue = Dialogue.bookingVisit().tap("yes");
        Button owner = dialogue.button("owner").orElseThrow();
        dialogue.send(new Input.Choice("role", "king", owner.check()));
        assertThat(dialogue.conversation.answers().answered("role")).isFalse();
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
    }

    @Test
    void refusesATapWithPartsMissing() {
        var dialogue = Dialogue.bookingVisit().tap("yes");
        String check = dialogue.button("owner").orElseThrow().check();
        dialogue.send(new Input.Choice("role", null, check)).send(new Input.Choice(null, "owner", check))
                .send(new Input.Choice("role", "owner", null));
        assertThat(dialogue.conversation.answers().answered("role")).isFalse();
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
    }

    @Test
    void refusesAStaleConfirmation() {
        var dialogue = Dialogue.bookingVisit().answerUntil("postcode").command("oubli");
        Button erase = dialogue.button("yes").orElseThrow();
        dialogue.type("33210").send(new Input.Choice(erase.questionId(), erase.optionId(), erase.check()));
        assertThat(dialogue.last.erased()).isFalse();
        assertThat(dialogue.conversation.answers().answered("postcode")).isTrue();
        assertThat(dialogue.lastMessage().text()).startsWith("Cette question a changé.");
    }

    @Test
    void putsTheQuestionAndOptionIdsVerbatimInShortCallbacks() {
        var dialogue = Dialogue.bookingVisit().answerUntil("obstacles");
        for (Button button : dialogue.lastMessage().buttons()) {
            assertThat(button.questionId()).isEqualTo("obstacles");
            String callback = button.questionId() + ":" + button.optionId() + ":" + button.check();
            assertThat(callback.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        }
    }
}
