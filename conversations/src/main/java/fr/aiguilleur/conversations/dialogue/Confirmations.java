package fr.aiguilleur.conversations.dialogue;

import java.util.List;
import java.util.Locale;

/**
 * The yes/no confirmations of /start (during a diagnosis) and /oubli. Their buttons carry the
 * pseudo-question ids "restart" and "erase"; any other input cancels them.
 */
final class Confirmations {

    static final String YES = "yes";
    static final String NO = "no";

    private Confirmations() {
    }

    /** Whether a tap answers one of these confirmations. */
    static boolean answers(Input input) {
        return input instanceof Input.Choice choice && (questionId(Conversation.Pending.RESTART).equals(choice.questionId())
                || questionId(Conversation.Pending.ERASE).equals(choice.questionId()));
    }

    static void ask(Exchange exchange, Conversation.Pending pending) {
        exchange.state.pending = pending;
        String key = key(pending);
        String check = exchange.state.check();
        var buttons = List.of(
                new Button(exchange.text(key + ".yes"), questionId(pending), YES, check),
                new Button(exchange.text(key + ".no"), questionId(pending), NO, check));
        exchange.send(new Message(exchange.text(key + ".confirm"), buttons, InputHint.CHOICE));
    }

    static void handle(Exchange exchange, Input.Choice choice) {
        Conversation.Pending pending = exchange.state.pending;
        exchange.state.pending = null;
        if (pending == null || !questionId(pending).equals(choice.questionId())
                || !exchange.state.check().equals(choice.check())) {
            exchange.showCurrent(exchange.text("stale"));
            return;
        }
        if (!YES.equals(choice.optionId())) {
            exchange.showCurrent(exchange.text(key(pending) + ".cancelled"));
        } else if (pending == Conversation.Pending.ERASE) {
            exchange.erased = true;
            exchange.say(exchange.text("erase.done"));
        } else {
            exchange.restarted = true;
        }
    }

    private static String questionId(Conversation.Pending pending) {
        return pending == Conversation.Pending.ERASE ? "erase" : "restart";
    }

    private static String key(Conversation.Pending pending) {
        return pending.name().toLowerCase(Locale.ROOT);
    }
}
