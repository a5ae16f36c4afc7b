package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.support.RedactedFailure;
import fr.aiguilleur.bot.chat.Switchboard;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.texts.Texts;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * One turn of a person's private chat: hands what they sent to the switchboard and sends the
 * answer. Failures are logged without personal data and the person is asked to retry.
 */
final class PersonTurns {

    static final String EDITED_FR = Texts.of(Texts.FRENCH).get("telegram.edited");
    static final String EDITED_EN = Texts.of(Texts.ENGLISH).get("telegram.edited");

    private static final Logger LOG = LoggerFactory.getLogger(PersonTurns.class);
    private static final Duration LONGEST_TURN = Duration.ofSeconds(60);

    private final Switchboard switchboard;
    private final ChatReplies replies;
    private final MessageSource texts;

    PersonTurns(Switchboard switchboard, ChatReplies replies, MessageSource texts) {
        this.switchboard = switchboard;
        this.replies = replies;
        this.texts = texts;
    }

    /**
     * Answers what the person sent. Called on a worker thread, where the switchboard answers and the
     * answer is sent; only the answer to a failure (which may come on a timer thread) moves to a
     * worker first.
     */
    Mono<Void> take(Incoming incoming) {
        return take(incoming, UpdateTurn.NONE);
    }

    /** As {@link #take(Incoming)}, for an update of the durable intake: a stored turn is not applied twice. */
    Mono<Void> take(Incoming incoming, UpdateTurn turn) {
        return Mono.defer(() -> answer(incoming, turn))
                .timeout(LONGEST_TURN)
                .onErrorResume(failure -> {
                    LOG.warn("Telegram input not handled, the person is asked to retry", new RedactedFailure(failure));
                    return Mono.just(List.of(Message.of(busy(incoming.language()))))
                            .publishOn(Schedulers.boundedElastic());
                })
                .doOnNext(messages -> send(incoming, messages, turn))
                .onErrorResume(failure -> {
                    LOG.warn("answer not sent to Telegram", new RedactedFailure(failure));
                    return Mono.empty();
                })
                .then();
    }

    /** Answers an edited message kindly, changing nothing in the conversation. */
    Mono<Void> edited(Incoming incoming) {
        String text = Texts.of(incoming.language()).get("telegram.edited");
        return Mono.fromRunnable(() -> send(incoming, List.of(Message.of(text))));
    }

    private void send(Incoming incoming, List<Message> messages) {
        send(incoming, messages, UpdateTurn.NONE);
    }

    private void send(Incoming incoming, List<Message> messages, UpdateTurn turn) {
        replies.send(Long.toString(incoming.chatId()), incoming.language(), messages, turn);
    }

    /**
     * A chat without a conversation (new, expired or erased) starts one with the deep link and the
     * person's language; /start in a live one asks first.
     */
    private Mono<List<Message>> answer(Incoming incoming, UpdateTurn turn) {
        var opening = new Switchboard.Opening(incoming.startPayload(), incoming.language());
        return turn.inputKey() == null
                ? switchboard.answer(incoming.conversationId(), Channel.TELEGRAM, incoming.input(), opening)
                : switchboard.answerOnce(incoming.conversationId(), Channel.TELEGRAM, incoming.input(), opening,
                        turn.inputKey());
    }

    private String busy(String language) {
        return Texts.of(language).get("switchboard.busy");
    }
}
