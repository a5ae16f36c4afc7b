package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.dialogue.Channel;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.ConversationId;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import fr.aiguilleur.conversations.leads.ConcurrentUpdate;
import fr.aiguilleur.conversations.leads.Conversations;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one place where a channel hands an input to the dialogue engine: loads the conversation,
 * lets the engine answer, stores the new state and what happened, and returns the messages to
 * send. Everything is stored before the messages are returned, so a person told "your visit is
 * booked" has a stored lead.
 */
public class Switchboard {

    private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);
    private static final int ATTEMPTS = 4;
    private static final String DEFAULT_LANGUAGE = "fr";

    private final DialogueEngine engine;
    private final Conversations conversations;
    private final TurnRecorder recorder;
    private final MessageSource texts;
    private final Clock clock;

    public Switchboard(DialogueEngine engine, Conversations conversations, TurnRecorder recorder,
            MessageSource texts, Clock clock) {
        this.engine = engine;
        this.conversations = conversations;
        this.recorder = recorder;
        this.texts = texts;
        this.clock = clock;
    }

    /** Opens a new conversation (replacing any previous one with this id) and returns its welcome. */
    public Mono<List<Message>> open(ConversationId id, Channel channel, String source, String language) {
        return blocking(() -> {
            conversations.delete(id);
            Turn turn = engine.open(id, channel, source, languageOr(language), clock.instant());
            conversations.save(turn.conversation());
            recordOrUndo(turn, null, id);
            return turn.messages();
        });
    }

    /** Hands one input to the conversation (opening it when absent) and returns the answer. */
    public Mono<List<Message>> receive(ConversationId id, Channel channel, Input input) {
        return blocking(() -> receiveNow(id, channel, input));
    }

    /** The conversation as stored, or empty when there is none (never opened, expired or erased). */
    public Mono<Optional<Conversation>> find(ConversationId id) {
        return Mono.fromCallable(() -> conversations.find(id)).subscribeOn(Schedulers.boundedElastic());
    }

    private List<Message> receiveNow(ConversationId id, Channel channel, Input input) {
        for (int attempt = 1; ; attempt++) {
            Optional<Conversation> stored = conversations.find(id);
            Turn turn = stored
                    .map(conversation -> engine.handle(conversation, input, clock.instant()))
                    .orElseGet(() -> engine.open(id, channel, sourceOf(input), DEFAULT_LANGUAGE, clock.instant()));
            try {
                store(turn, id);
            } catch (ConcurrentUpdate e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                continue;
            }
            recordOrUndo(turn, stored.orElse(null), id);
            return turn.messages();
        }
    }

    /** Stores what happened; when that fails, puts the conversation back as it was, so nothing changed. */
    private void recordOrUndo(Turn turn, Conversation before, ConversationId id) {
        try {
            recorder.record(turn);
        } catch (RuntimeException e) {
            conversations.delete(id);
            if (before != null) {
                conversations.save(before);
            }
            throw e;
        }
    }

    private void store(Turn turn, ConversationId id) {
        if (turn.erased()) {
            conversations.delete(id);
        } else {
            conversations.save(turn.conversation());
        }
    }

    /** Runs store work off the event loop; any failure becomes the kind "try again" message. */
    private Mono<List<Message>> blocking(Callable<List<Message>> work) {
        return Mono.fromCallable(work)
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(RuntimeException.class, e -> {
                    LOG.warn("input not handled, the person is asked to retry", new RedactedFailure(e));
                    return Mono.just(List.of(Message.of(busy())));
                });
    }

    private String busy() {
        return texts.getMessage("switchboard.busy", null, Locale.FRENCH);
    }

    private static String sourceOf(Input input) {
        return input instanceof Input.Command command && "start".equals(command.name()) ? command.argument() : null;
    }

    private static String languageOr(String language) {
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }
}
