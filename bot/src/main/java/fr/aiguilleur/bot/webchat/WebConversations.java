package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** The ids of web conversations: "web:" and a random UUID the server made, checked strictly. */
final class WebConversations {

    private static final String PREFIX = "web:";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private WebConversations() {
    }

    static ConversationId id(String key) {
        return new ConversationId(PREFIX + key);
    }

    /** The conversation of a key sent by the page; an unknown conversation when it is not a server-made id. */
    static ConversationId parse(String key) {
        if (key == null || !UUID.matcher(key).matches()) {
            throw unknown();
        }
        return id(key);
    }

    /** The store cannot keep a new conversation now (Redis unreachable): no id is given out. */
    static Refusal unavailable(String language) {
        return new Refusal(HttpStatus.SERVICE_UNAVAILABLE, Texts.of(language).get("webchat.unavailable"));
    }

    static Refusal unknown() {
        return new Refusal(HttpStatus.NOT_FOUND,
                "Cette conversation n'existe plus (elle a peut-être été effacée). Vous pouvez en commencer une nouvelle.");
    }
}
