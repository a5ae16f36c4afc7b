package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.limits.Limit;
import fr.aiguilleur.bot.limits.LimitReached;
import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.bot.limits.TrustedProxies;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
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
    private final RateLimits limits;
    private final TrustedProxies proxies;

    WebChatApi(Switchboard switchboard, DialogueEngine engine, RateLimits limits, TrustedProxies proxies) {
        this.switchboard = switchboard;
        this.engine = engine;
        this.limits = limits;
        this.proxies = proxies;
    }

    /**
     * Starts a new conversation: its id and the welcome. Within the limits of new conversations
     * (per client address, then overall); a 503 without id when it cannot be stored.
     */
    @PostMapping
    Mono<Opened> open(@RequestBody(required = false) OpenRequest request, ServerHttpRequest http) {
        OpenRequest opening = request == null ? OpenRequest.NONE : request.checked();
        String key = UUID.randomUUID().toString();
        ConversationId id = WebConversations.id(key);
        String client = proxies.clientOf(http);
        String language = opening.language() == null ? Texts.FRENCH : opening.language();
        return limits.take(Limit.CONVERSATIONS_PER_ADDRESS, client, opening.language())
                .then(limits.take(Limit.CONVERSATIONS_OVERALL, "all", opening.language()))
                .then(switchboard.openStored(id, Channel.WEB, opening.source(), opening.language()))
                .onErrorMap(RuntimeException.class, e -> e instanceof LimitReached ? e : WebConversations.unavailable(
                        opening.language()))
                .map(messages -> new Opened(key, WebMessage.all(key, language, messages), language));
    }

    /** Hands one tap, typed answer or command to an existing conversation, within its limit of messages. */
    @PostMapping("/{key}/messages")
    Mono<Reply> send(@PathVariable String key, @RequestBody ChatInput input) {
        ConversationId id = WebConversations.parse(key);
        var given = input.toInput();
        return existing(id)
                .then(limits.take(Limit.MESSAGES_PER_CONVERSATION, key, null)
                        .onErrorResume(LimitReached.class, reached -> inLanguageOf(id, reached)))
                .then(languageOf(id))
                .flatMap(before -> switchboard.receive(id, Channel.WEB, given)
                        .flatMap(messages -> switchboard.find(id)
                                .map(stored -> reply(key, messages, stored.orElse(null), before))
                                .onErrorReturn(new Reply(WebMessage.all(key, before, messages), false, before))));
    }

    /**
     * The whole conversation, shown again after a reload or a restart: rebuilt from the stored
     * answers, result and booking (no transcript is kept), ending with the question being asked.
     */
    @GetMapping("/{key}")
    Mono<Reply> show(@PathVariable String key) {
        ConversationId id = WebConversations.parse(key);
        return switchboard.find(id)
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(WebConversations.unknown())))
                .map(conversation -> new Reply(engine.history(conversation).stream()
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

    /** The refusal again, in the conversation's language. */
    private Mono<Void> inLanguageOf(ConversationId id, LimitReached reached) {
        return switchboard.find(id).onErrorReturn(Optional.empty())
                .flatMap(found -> Mono.error(new LimitReached(reached.limit(), RateLimits.refusalText(Limit.MESSAGES_PER_CONVERSATION,
                        reached.retryAfter(), found.map(Conversation::language).orElse(null)), reached.retryAfter())));
    }

    /** The conversation's language before the input (French when the store cannot tell). */
    private Mono<String> languageOf(ConversationId id) {
        return switchboard.find(id).map(found -> found.map(Conversation::language).orElse(Texts.FRENCH))
                .onErrorReturn(Texts.FRENCH);
    }

    /** Fails with a kind 404 when the conversation is unknown; when the store cannot tell, the switchboard answers. */
    private Mono<Void> existing(ConversationId id) {
        return switchboard.find(id)
                .map(Optional::isPresent)
                .onErrorReturn(true)
                .flatMap(present -> present ? Mono.<Void>empty() : Mono.error(WebConversations.unknown()));
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
