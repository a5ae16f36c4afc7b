package fr.aiguilleur.bot.chat;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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

    private final TurnTaking turns;
    private final Conversations conversations;
    private final MessageSource texts;
    private final MeterRegistry meters;

    public Switchboard(DialogueEngine engine, Conversations conversations, TurnRecorder recorder,
            MessageSource texts, Clock clock) {
        this(engine, conversations, recorder, texts, clock, new CompositeMeterRegistry());
    }

    /** @param meters where the turns and their durations are counted ({@code aiguilleur.turns}) */
    public Switchboard(DialogueEngine engine, Conversations conversations, TurnRecorder recorder,
            MessageSource texts, Clock clock, MeterRegistry meters) {
        this(engine, conversations, recorder, texts, clock, meters, List.of());
    }

    /** @param outside asked first, for the inputs that are not the conversation's (follow-up buttons) */
    public Switchboard(DialogueEngine engine, Conversations conversations, TurnRecorder recorder,
            MessageSource texts, Clock clock, MeterRegistry meters, List<OutsideAnswers> outside) {
        this.turns = new TurnTaking(engine, conversations, recorder, clock, outside);
        this.meters = meters;
        this.conversations = conversations;
        this.texts = texts;
    }

    /**
     * How to open a conversation for a person who has none.
     *
     * @param source   where they came from (a deep link's payload), or null
     * @param language their language, or null for French
     */
    public record Opening(String source, String language) {
    }

    /** Opens a new conversation (replacing any previous one with this id) and returns its welcome. */
    public Mono<List<Message>> open(ConversationId id, Channel channel, String source, String language) {
        return kindly(openStored(id, channel, source, language));
    }

    /**
     * Opens a new conversation and returns its welcome, or fails when it could not be stored (the
     * store is unreachable): for a channel that must not hand out the id of a conversation that
     * does not exist.
     */
    public Mono<List<Message>> openStored(ConversationId id, Channel channel, String source, String language) {
        return offEventLoop(Mono.fromCallable(() -> timed(channel, () -> turns.open(id, channel, source, language))));
    }

    /** Hands one input to the conversation (opening it when absent) and returns the answer. */
    public Mono<List<Message>> receive(ConversationId id, Channel channel, Input input) {
        return answer(id, channel, input, new Opening(sourceOf(input), TurnTaking.DEFAULT_LANGUAGE));
    }

    /**
     * Hands one input to the conversation and returns the answer; when there is none (new, expired
     * or erased), opens one as {@code opening} says and returns its welcome instead.
     */
    public Mono<List<Message>> answer(ConversationId id, Channel channel, Input input, Opening opening) {
        return blocking(() -> timed(channel, () -> turns.answer(id, channel, input, opening)));
    }

    /**
     * As {@link #answer}, for an input that may be handed again after a crash: when the store keeps
     * answered inputs ({@link AnsweredInputs}) and this input's turn was already stored, its answer
     * is returned again and nothing is applied twice. Other stores answer as {@link #answer}.
     *
     * @param inputKey what identifies the input across attempts (a Telegram update id)
     */
    public Mono<List<Message>> answerOnce(ConversationId id, Channel channel, Input input, Opening opening,
            String inputKey) {
        if (!(conversations instanceof AnsweredInputs answered)) {
            return answer(id, channel, input, opening);
        }
        return blocking(() -> turns.answerOnce(answered, id, channel, input, opening, inputKey));
    }

    /** The conversation as stored, or empty when there is none (never opened, expired or erased). */
    public Mono<Optional<Conversation>> find(ConversationId id) {
        return offEventLoop(Mono.fromCallable(() -> conversations.find(id)));
    }

    /** A turn, counted and timed by channel and outcome ("ok", or "failed" when it could not be stored). */
    private List<Message> timed(Channel channel, Callable<List<Message>> turn) throws Exception {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            List<Message> messages = turn.call();
            outcome = "ok";
            return messages;
        } finally {
            Timer.builder("aiguilleur.turns").description("Turns of conversations, from the input to the stored answer")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(10)).register(meters)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs store work off the event loop; any failure becomes the kind "try again" message. */
    private Mono<List<Message>> blocking(Callable<List<Message>> work) {
        return kindly(offEventLoop(Mono.fromCallable(work)));
    }

    /** Any failure becomes the kind "try again" message. */
    private Mono<List<Message>> kindly(Mono<List<Message>> work) {
        return work
                .onErrorResume(RuntimeException.class, e -> {
                    LOG.warn("input not handled, the person is asked to retry", new RedactedFailure(e));
                    return Mono.just(List.of(Message.of(busy())));
                });
    }

    /**
     * Moves blocking work to a worker thread when it is asked for on an event loop (the web chat);
     * a caller already on a worker thread (a Telegram update) goes on there, without a hop.
     */
    private static <T> Mono<T> offEventLoop(Mono<T> work) {
        return Mono.defer(() -> Schedulers.isInNonBlockingThread() ? work.subscribeOn(Schedulers.boundedElastic()) : work);
    }

    private String busy() {
        return texts.getMessage("switchboard.busy", null, Locale.FRENCH);
    }

    private static String sourceOf(Input input) {
        return input instanceof Input.Command command && "start".equals(command.name()) ? command.argument() : null;
    }
}
