package fr.aiguilleur.bot.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.dialogue.BookingDraft;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A conversation as {@link RedisConversations} stores it: its {@link CompactConversationForm}
 * without its id (the key holds it), its slots in their {@link SlotForm} when that gives them
 * back, and the diagnosis's reasons moved to the shared table of reasons, where each is kept once
 * for everyone under a number. The stored text is {@code head}, the reasons' numbers joined by
 * commas (the save script gives them), then {@code tail}:
 * {@code {"ch":"WEB",…,"dx":{…},"book":{…},"why":[3,4,9],"v":38}}.
 *
 * @param head    the JSON before the reasons' numbers (all of it when there is no reason)
 * @param reasons each reason's JSON, in the diagnosis's order: how the table knows it
 * @param tail    the JSON after the numbers ({@code ],"v":38}}), empty without reasons
 */
record StoredConversation(String head, List<String> reasons, String tail) {

    /** The top-level property holding the numbers of the diagnosis's reasons. */
    static final String REASONS = "why";

    private static final Logger LOG = LoggerFactory.getLogger(StoredConversation.class);

    static StoredConversation of(Conversation conversation, StoreJson json) {
        ObjectNode tree = json.tree(conversation);
        tree.remove("id");
        JsonNode version = tree.remove("v");
        shortenSlots(tree.get("book"), conversation.booking());
        List<String> reasons = takeReasons(tree.get("dx"), json);
        String body = json.write(tree);
        String open = body.substring(0, body.length() - 1) + (tree.isEmpty() ? "" : ",");
        String end = "\"v\":" + version.asLong() + "}";
        return reasons.isEmpty() ? new StoredConversation(open + end, List.of(), "")
                : new StoredConversation(open + "\"" + REASONS + "\":[", reasons, "]," + end);
    }

    /**
     * Reads a stored conversation in any of its forms.
     *
     * @param reasons the reasons' JSON for their numbers, {@code null} for a number not in the table
     */
    static Conversation read(String stored, ConversationId id, StoreJson json,
            Function<List<String>, List<String>> reasons) {
        ObjectNode tree = json.parse(stored);
        if (!tree.has("id")) {
            tree.putObject("id").put("v", id.value());
        }
        JsonNode numbers = tree.remove(REASONS);
        if (numbers != null && tree.get("dx") instanceof ObjectNode diagnosis) {
            putReasons(diagnosis, numbers, reasons, json);
        }
        lengthenSlots(tree.get("book"), json);
        return json.conversation(tree);
    }

    private static List<String> takeReasons(JsonNode diagnosis, StoreJson json) {
        JsonNode why = diagnosis == null ? null : diagnosis.get("why");
        if (why == null || why.isEmpty()) {
            return List.of();
        }
        var reasons = new ArrayList<String>();
        why.forEach(reason -> reasons.add(json.write(reason)));
        ((ObjectNode) diagnosis).remove("why");
        return reasons;
    }

    /** A number missing from the table (the table was emptied) leaves that reason out. */
    private static void putReasons(ObjectNode diagnosis, JsonNode numbers,
            Function<List<String>, List<String>> reasons, StoreJson json) {
        var wanted = new ArrayList<String>();
        numbers.forEach(number -> wanted.add(number.asText()));
        ArrayNode why = diagnosis.putArray("why");
        int missing = 0;
        for (String reason : reasons.apply(wanted)) {
            if (reason == null) {
                missing++;
            } else {
                why.add(json.parse(reason));
            }
        }
        if (missing > 0) {
            LOG.warn("{} of {} reasons of a stored diagnosis are no longer in the table of reasons; "
                    + "the conversation is read without them", missing, wanted.size());
        }
    }

    private static void shortenSlots(JsonNode stored, BookingDraft booking) {
        if (!(stored instanceof ObjectNode book) || booking == null) {
            return;
        }
        if (book.get("offered") instanceof ArrayNode offered) {
            for (int i = 0; i < offered.size(); i++) {
                offered.set(i, shorten(offered.get(i), booking.offeredSlots().get(i)));
            }
        }
        if (booking.slot() != null) {
            book.set("slot", shorten(book.get("slot"), booking.slot()));
        }
    }

    private static JsonNode shorten(JsonNode full, VisitSlot slot) {
        return SlotForm.shortForm(slot).<JsonNode>map(TextNode::valueOf).orElse(full);
    }

    private static void lengthenSlots(JsonNode stored, StoreJson json) {
        if (!(stored instanceof ObjectNode book)) {
            return;
        }
        if (book.get("offered") instanceof ArrayNode offered) {
            for (int i = 0; i < offered.size(); i++) {
                offered.set(i, lengthen(offered.get(i), json));
            }
        }
        if (book.has("slot")) {
            book.set("slot", lengthen(book.get("slot"), json));
        }
    }

    private static JsonNode lengthen(JsonNode slot, StoreJson json) {
        if (!slot.isTextual()) {
            return slot;
        }
        return SlotForm.read(slot.asText()).<JsonNode>map(full -> json.conversations().valueToTree(full))
                .orElseThrow(() -> new IllegalStateException("a stored slot is neither short nor full"));
    }
}
