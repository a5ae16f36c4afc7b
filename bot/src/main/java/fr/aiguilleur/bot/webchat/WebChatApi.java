package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.bot.limits.Limit;
import fr.aiguilleur.bot.limits.LimitReached;
import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.bot.limits.TrustedProxies;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Message;
import java.util.List;
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
    private final LastReplies lastReplies;
    private final RateLimits limits;
    private final TrustedProxies proxies;

    WebChatApi(Switchboard switchboard, LastReplies lastReplies, RateLimits limits, TrustedProxies proxies) {
        this.switchboard = switchboard;
        this.lastReplies = lastReplies;
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
        return limits.take(Limit.CONVERSATIONS_PER_ADDRESS, client, opening.language())
                .then(limits.take(Limit.CONVERSATIONS_OVERALL, "all", opening.language()))
                .then(switchboard.openStored(id, Channel.WEB, opening.source(), opening.language()))
                .onErrorMap(RuntimeException.class, e -> e instanceof LimitReached ? e : WebConversations.unavailable(
                        opening.language()))
                .doOnNext(messages -> lastReplies.keep(id, messages))
                .map(messages -> new Opened(key, messages));
    }

    /** Hands one tap, typed answer or command to an existing conversation, within its limit of messages. */
    @PostMapping("/{key}/messages")
    Mono<Reply> send(@PathVariable String key, @RequestBody ChatInput input) {
        ConversationId id = WebConversations.parse(key);
        var given = input.toInput();
        return existing(id)
                .then(limits.take(Limit.MESSAGES_PER_CONVERSATION, key, null)
                        .onErrorResume(LimitReached.class, reached -> inLanguageOf(id, reached)))
                .then(switchboard.receive(id, Channel.WEB, given))
                .flatMap(messages -> switchboard.find(id)
                        .map(stored -> remember(id, new Reply(messages, stored.isEmpty())))
                        .onErrorReturn(new Reply(messages, false)));
    }

    private Reply remember(ConversationId id, Reply reply) {
        if (reply.erased()) {
            lastReplies.forget(id);
        } else {
            lastReplies.keep(id, reply.messages());
        }
        return reply;
    }

    /**
     * The messages to show again after the page was reloaded: the last ones sent, or, when this
     * instance no longer has them, the help with the question being asked.
     */
    @GetMapping("/{key}")
    Mono<Reply> show(@PathVariable String key) {
        ConversationId id = WebConversations.parse(key);
        return existing(id).then(Mono.defer(() -> lastReplies.find(id)
                .map(messages -> Mono.just(new Reply(messages, false)))
                .orElseGet(() -> send(key, new ChatInput(null, null, "aide", null)))));
    }

    /** The refusal again, in the conversation's language. */
    private Mono<Void> inLanguageOf(ConversationId id, LimitReached reached) {
        return switchboard.find(id).onErrorReturn(Optional.empty())
                .flatMap(found -> Mono.error(new LimitReached(reached.limit(), RateLimits.refusalText(Limit.MESSAGES_PER_CONVERSATION,
                        reached.retryAfter(), found.map(Conversation::language).orElse(null)), reached.retryAfter())));
    }

    /** Fails with a kind 404 when the conversation is unknown; when the store cannot tell, the switchboard answers. */
    private Mono<Void> existing(ConversationId id) {
        return switchboard.find(id)
                .map(Optional::isPresent)
                .onErrorReturn(true)
                .flatMap(present -> present ? Mono.<Void>empty() : Mono.error(WebConversations.unknown()));
    }

    /** A new conversation: the id the page keeps, and the first messages. */
    record Opened(String conversationId, List<Message> messages) {
    }

    /**
     * What to show after an input.
     *
     * @param erased true when the person erased the conversation: the page forgets its id
     */
    record Reply(List<Message> messages, boolean erased) {
    }

    /** Optional details for a new conversation. */
    record OpenRequest(String source, String language) {

        static final OpenRequest NONE = new OpenRequest(null, null);

        OpenRequest checked() {
            if (source != null && !source.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new Refusal(HttpStatus.BAD_REQUEST,
                        "L'origine (« source ») doit faire 1 à 64 caractères : lettres, chiffres, « _ » ou « - ».");
            }
            if (language != null && !List.of("fr", "en").contains(language)) {
                throw new Refusal(HttpStatus.BAD_REQUEST, "La langue (« language ») doit être « fr » ou « en ».");
            }
            return this;
        }
    }
}
