package fr.aiguilleur.conversations.dialogue;

import java.util.List;

/**
 * What the engine answers to one input: the new state, the messages to send, and what happened.
 *
 * @param conversation the new state, or {@code null} when the person erased everything
 */
public record Turn(Conversation conversation, List<Message> messages, List<DialogueEvent> events) {

    public Turn {
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    public boolean erased() {
        return conversation == null;
    }
}
