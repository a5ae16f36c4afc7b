package fr.aiguilleur.bot.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.aiguilleur.conversations.dialogue.Conversation;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON form of stored records (Jackson 2, dates as ISO strings). Unknown fields are ignored,
 * so a record written by a newer version of the service can still be read. Conversations, the
 * most numerous, are written in their {@link CompactConversationForm} and read in either form.
 */
final class StoreJson {

    private final ObjectMapper mapper = builder().build();
    private final ObjectMapper conversations = CompactConversationForm.on(builder()).build();

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    String write(Object value) {
        try {
            return mapperFor(value.getClass()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapperFor(type).readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    /** A conversation in its compact form, as a tree to be reshaped before it is stored. */
    ObjectNode tree(Conversation conversation) {
        return conversations.valueToTree(conversation);
    }

    /** A stored JSON text as a tree, read with the conversations' mapper. */
    ObjectNode parse(String json) {
        try {
            if (conversations.readTree(json) instanceof ObjectNode tree) {
                return tree;
            }
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read a stored Conversation", e);
        }
        throw new UncheckedIOException(new IOException("a stored Conversation is not a JSON object"));
    }

    /** A conversation from its tree, in either form. */
    Conversation conversation(ObjectNode tree) {
        try {
            return conversations.treeToValue(tree, Conversation.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read a stored Conversation", e);
        }
    }

    /** A part of a conversation's tree as JSON text, or a value as a tree, with the compact names. */
    ObjectMapper conversations() {
        return conversations;
    }

    private ObjectMapper mapperFor(Class<?> type) {
        return type == Conversation.class ? conversations : mapper;
    }
}
