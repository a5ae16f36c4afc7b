package fr.aiguilleur.conversations.dialogue;

import java.util.List;
import java.util.Objects;

/**
 * One message to show: plain text (no markup; may hold line breaks and "•" bullets), with its
 * buttons. The channels render it.
 *
 * @param number     where a diagnostic question stands ("Question 5 sur 19"), or {@code null}
 * @param back       the control going back to the previous question, or {@code null} when none
 * @param attachment something to give beside the text (result card, invite, data), or {@code null}
 */
public record Message(String text, List<Button> buttons, InputHint hint, QuestionNumber number, Button back,
        Attachment attachment) {

    public Message {
        Objects.requireNonNull(text, "text");
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        hint = hint == null ? InputHint.NONE : hint;
    }

    public Message(String text, List<Button> buttons, InputHint hint) {
        this(text, buttons, hint, null, null, null);
    }

    /** A message without buttons. */
    public static Message of(String text) {
        return new Message(text, List.of(), InputHint.NONE);
    }

    /** A message without buttons, giving something beside its text. */
    public static Message with(String text, Attachment attachment) {
        return new Message(text, List.of(), InputHint.NONE, null, null, attachment);
    }

    /** The same message with something to give beside its text. */
    public Message attaching(Attachment given) {
        return new Message(text, buttons, hint, number, back, given);
    }

    Message numbered(QuestionNumber at) {
        return new Message(text, buttons, hint, at, back, attachment);
    }

    Message withBack(Button control) {
        return new Message(text, buttons, hint, number, control, attachment);
    }
}
