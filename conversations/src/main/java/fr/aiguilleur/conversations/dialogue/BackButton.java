package fr.aiguilleur.conversations.dialogue;

/**
 * The "back" control put under every question that has one before it: a tap goes back like
 * /retour.
 */
final class BackButton {

    /** The pseudo-question of the back button. */
    static final String ID = "back";

    private BackButton() {
    }

    static Button of(State state) {
        return new Button(fr.aiguilleur.conversations.texts.Texts.of(state.language).get("back.button"), ID, ID,
                state.check());
    }

    static boolean answers(Input.Choice choice) {
        return ID.equals(choice.questionId());
    }

    /** Goes back when the tap is for the question shown; otherwise shows that question again. */
    static void handle(Exchange exchange, Input.Choice choice) {
        if (!exchange.state.check().equals(choice.check())) {
            exchange.showCurrent(exchange.state.ended() ? null : exchange.text("stale"));
            return;
        }
        Commands.handle(exchange, new Input.Command(Commands.BACK, null));
    }
}
