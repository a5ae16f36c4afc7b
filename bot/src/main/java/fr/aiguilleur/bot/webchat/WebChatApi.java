package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The web channel: a small JSON API the chat page talks to. The server makes the conversation id;
 * the page keeps it and sends the person's taps and typed answers.
 */
@RestController
@RequestMapping("/api/chat")
class WebChatApi {

    private final Switchboard switchboard;
    private final DialogueEngine engine;

    WebChatApi(Switchboard switchboard, DialogueEngine engine) {
        this.switchboard = switchboard;
        this.engine = engine;
    }

    /** Starts a new conversation: its id and the welcome. */
    @PostMapping
    Mono<Opened> open(@RequestBody(required = false) OpenRequest request) {
        OpenRequest opening = request == null ? OpenRequest.NONE : request.checked();
        String key = UUID.randomUUID().toString();
        ConversationId id = WebConversations.id(key);
        String language = opening.language() == null ? Texts.FRENCH : opening.language();
        return switchboard.open(id, Channel.WEB, opening.source(), opening.language())
                .map(messages -> new Opened(key, WebMessage.all(key, language, messages), language));
    }

    /** Hands one tap, typed answer or command to an existing conversation. */
    @PostMapping("/{key}/messages")
    Mono<Reply> send(@PathVariable String key, @RequestBody ChatInput input) {
        ConversationId id = WebConversations.parse(key);
        var given = input.toInput();
        return existing(id)
                .flatMap(before -> switchboard.receive(id, Channel.WEB, given)
                        .flatMap(messages -> switchboard.find(id)
                                .map(stored -> reply(key, messages, stored.orElse(null), before.language()))
                                .onErrorReturn(new Reply(WebMessage.all(key, before.language(), messages), false,
                                        before.language()))));
    }

    /**
     * The whole conversation, shown again after a reload or a restart: rebuilt from the stored
     * answers, result and booking (no transcript is kept), ending with the question being asked.
     */
    @GetMapping("/{key}")
    Mono<Reply> show(@PathVariable String key) {
        ConversationId id = WebConversations.parse(key);
        return existing(id).map(conversation -> new Reply(engine.history(conversation).stream()
                .map(line -> WebMessage.of(key, conversation.language(), line)).toList(), false,
                conversation.language()));
    }

    /** The page's own words (menu, send button, field labels, notices) in a language. */
    @GetMapping("/labels/{language}")
    Map<String, String> labels(@PathVariable String language) {
        return PageLabels.of(language);
    }

    private static Reply reply(String key, List<Message> messages, Conversation after, String languageBefore) {
        String language = after == null ? languageBefore : after.language();
        return new Reply(WebMessage.all(key, language, messages), after == null, language);
    }

    /** The stored conversation; a kind 404 when it is unknown. */
    private Mono<Conversation> existing(ConversationId id) {
        return switchboard.find(id)
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(WebConversations.unknown())));
    }

    /** A new conversation: the id the page keeps, the first messages and their language. */
    record Opened(String conversationId, List<WebMessage> messages, String language) {
    }

    /**
     * What to show after an input.
     *
     * @param erased   true when the person erased the conversation: the page forgets its id
     * @param language the conversation's language now (the page's own words follow it)
     */
    record Reply(List<WebMessage> messages, boolean erased, String language) {
    }

    /** Optional details for a new conversation. */
    record OpenRequest(String source, String language) {

        static final OpenRequest NONE = new OpenRequest(null, null);

        OpenRequest checked() {
            if (source != null && !source.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new Refusal(HttpStatus.BAD_REQUEST, Texts.of(Texts.FRENCH).get("web.refusal.source"));
            }
            if (language != null && !List.of("fr", "en").contains(language)) {
                throw new Refusal(HttpStatus.BAD_REQUEST, Texts.of(Texts.FRENCH).get("web.refusal.language"));
            }
            return this;
        }
    }
}
