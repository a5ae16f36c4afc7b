package fr.aiguilleur.bot.telegram;

import fr.aiguilleur.bot.support.RedactedFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What to do with one new update: a person's message or tap goes to their conversation, a tap on
 * a coordinators' button to {@link CoordinatorTaps}, a change of the bot's membership to {@link ChatMembership},
 * an edit gets a kind word. Every tapped button is answered, so that its spinner stops.
 */
final class UpdateDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatch.class);

    private final UpdateReader reader = new UpdateReader();
    private final PersonTurns turns;
    private final CoordinatorTaps coordinatorTaps;
    private final ChatMembership membership;
    private final ChatReplies replies;

    UpdateDispatch(PersonTurns turns, CoordinatorTaps coordinatorTaps, ChatMembership membership, ChatReplies replies) {
        this.turns = turns;
        this.coordinatorTaps = coordinatorTaps;
        this.membership = membership;
        this.replies = replies;
    }

    /** The handling of the update, to run on a worker thread. */
    Mono<Void> handle(Update update) {
        return handle(update, UpdateTurn.NONE);
    }

    /** The handling of an update of the durable intake: a person's turn is applied and answered once. */
    Mono<Void> handle(Update update, UpdateTurn turn) {
        if (update.hasCallbackQuery()) {
            return tap(update, turn);
        }
        if (update.hasMyChatMember()) {
            return Mono.fromRunnable(() -> membership.changed(update.getMyChatMember()));
        }
        if (update.hasEditedMessage()) {
            return reader.readEdited(update).map(turns::edited).orElse(Mono.empty());
        }
        return reader.read(update).map(incoming -> turns.take(incoming, turn)).orElse(Mono.empty());
    }

    private Mono<Void> tap(Update update, UpdateTurn turn) {
        CallbackQuery tap = update.getCallbackQuery();
        if (coordinatorTaps.handles(tap.getData())) {
            return Mono.fromRunnable(() -> coordinatorTaps.take(tap));
        }
        Mono.fromRunnable(() -> replies.answerTap(tap.getId()))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(null, failure -> LOG.warn("tap of update {} not answered", update.getUpdateId(),
                        new RedactedFailure(failure)));
        return reader.read(update).map(incoming -> turns.take(incoming, turn)).orElse(Mono.empty());
    }
}
