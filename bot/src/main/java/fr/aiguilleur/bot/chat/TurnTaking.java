package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.dialogue.ConcurrentUpdate;
import fr.aiguilleur.conversations.dialogue.Conversation;
import fr.aiguilleur.conversations.dialogue.Conversations;
import fr.aiguilleur.conversations.dialogue.DialogueEngine;
import fr.aiguilleur.conversations.dialogue.Input;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.dialogue.Turn;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The blocking core of the {@link Switchboard}: an input answered outside the conversation when it
 * is not the conversation's (a follow-up's button); otherwise the conversation loaded, the engine's
 * turn stored (tried again when another input changed the conversation meanwhile), then what
 * happened recorded, or the conversation put back as it was when that fails.
 */
final class TurnTaking {

    static final String DEFAULT_LANGUAGE = "fr";
    private static final int ATTEMPTS = 4;

    private final DialogueEngine engine;
    private final Conversations conversations;
    private final TurnRecorder recorder;
    private final Clock clock;
    private final List<OutsideAnswers> outside;

    TurnTaking(DialogueEngine engine, Conversations conversations, TurnRecorder recorder, Clock clock,
            List<OutsideAnswers> outside) {
        this.engine = engine;
        this.conversations = conversations;
        this.recorder = recorder;
        this.clock = clock;
        this.outside = List.copyOf(outside);
    }

    /** A new conversation in place of any other with this id; its welcome. */
    List<Message> open(ConversationId id, Channel channel, String source, String language) {
        Turn turn = engine.open(id, channel, source, languageOr(language), clock.instant());
        conversations.replace(turn.conversation());
        recordOrUndo(turn, null, id);
        return turn.messages();
    }

    /** The answer to an input, the conversation opened as {@code opening} says when there is none. */
    List<Message> answer(ConversationId id, Channel channel, Input input, Switchboard.Opening opening) {
        return answeredOutside(id, input)
                .orElseGet(() -> answerNow(id, channel, input, opening, turn -> store(turn, id)));
    }

    /** As {@link #answer}, an input already answered being answered again as it was, applied once. */
    List<Message> answerOnce(AnsweredInputs answered, ConversationId id, Channel channel, Input input,
            Switchboard.Opening opening, String inputKey) {
        return answeredOutside(id, input)
                .or(() -> answered.answerTo(id, inputKey))
                .orElseGet(() -> answerNow(id, channel, input, opening,
                        turn -> storeAnswered(answered, turn, id, inputKey)));
    }

    private Optional<List<Message>> answeredOutside(ConversationId id, Input input) {
        for (OutsideAnswers answers : outside) {
            Optional<List<Message>> answer = answers.answer(id, input);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }

    private List<Message> answerNow(ConversationId id, Channel channel, Input input, Switchboard.Opening opening,
            Consumer<Turn> storing) {
        for (int attempt = 1; ; attempt++) {
            Optional<Conversation> stored = conversations.find(id);
            Turn turn = stored
                    .map(conversation -> engine.handle(conversation, input, clock.instant()))
                    .orElseGet(() -> engine.open(id, channel, opening.source(), languageOr(opening.language()),
                            clock.instant()));
            try {
                storing.accept(turn);
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
            if (conversations instanceof AnsweredInputs answered) {
                answered.forgetAnswer(id);
            }
            if (before != null) {
                conversations.replace(before);
            } else {
                conversations.delete(id);
            }
            throw e;
        }
    }

    private static void storeAnswered(AnsweredInputs answered, Turn turn, ConversationId id, String inputKey) {
        if (turn.erased()) {
            answered.delete(id, inputKey, turn.messages());
        } else {
            answered.save(turn.conversation(), inputKey, turn.messages());
        }
    }

    private void store(Turn turn, ConversationId id) {
        if (turn.erased()) {
            conversations.delete(id);
        } else {
            conversations.save(turn.conversation());
        }
    }

    private static String languageOr(String language) {
        return language == null || language.isBlank() ? DEFAULT_LANGUAGE : language;
    }
}
