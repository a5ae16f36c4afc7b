package fr.aiguilleur.conversations.channels;

import java.util.Objects;

/** Identifies one conversation, prefixed by its channel: "web:8f3c…", "telegram:123456". */
public record ConversationId(String value) {

    public ConversationId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a conversation id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
