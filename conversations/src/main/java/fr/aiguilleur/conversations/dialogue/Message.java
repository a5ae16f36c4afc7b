package fr.aiguilleur.conversations.dialogue;

import java.util.List;
import java.util.Objects;

/**
 * One message to show: plain text (no markup; may hold line breaks and "•" bullets), with its
 * buttons. The channels render it.
 */
public record Message(String text, List<Button> buttons, InputHint hint) {

    public Message {
        Objects.requireNonNull(text, "text");
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        hint = hint == null ? InputHint.NONE : hint;
    }

    /** A message without buttons. */
    public static Message of(String text) {
        return new Message(text, List.of(), InputHint.NONE);
    }
}
