package fr.aiguilleur.bot.telegram;

import com.fasterxml.jackson.databind.ObjectWriter;
import fr.aiguilleur.bot.support.RedactedFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Where updates come in, from long polling or the webhook alike: each update id is handled once,
 * the updates of one chat one at a time in the order they came, different chats in parallel. A
 * person who writes is active again (noted with the update id, in one step). Each update is
 * handled on one worker thread, from the repeat check to the answer sent.
 * Nothing thrown here reaches the caller (an escaping exception can stop long polling): failures
 * are logged without personal data. With a durable intake ({@link UpdateInbox}, in Redis), an update
 * is stored in its chat's inbox before it is acknowledged, and the workers of every instance
 * ({@link InboxWorkers}) handle it from there; the in-memory lanes are not used.
 */
final class TelegramUpdates implements LongPollingUpdateConsumer {

    /** The kinds of update handled, asked of Telegram as {@code allowed_updates}. */
    static final List<String> HANDLED = List.of("message", "edited_message", "callback_query", "my_chat_member");

    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdates.class);

    private final UpdateDedup dedup;
    private final InactiveChats inactive;
    private final UpdateDispatch dispatch;
    private final ChatLanes lanes = new ChatLanes();
    private final Durable durable;
    private volatile boolean closed;
    private final Counter received;
    private final Counter processed;

    static final String PROCESSED = "Telegram updates handled to the end, answer sent";
    private final Counter duplicate;

    TelegramUpdates(UpdateDedup dedup, InactiveChats inactive, UpdateDispatch dispatch) {
        this(dedup, inactive, dispatch, new CompositeMeterRegistry());
    }

    /** @param meters where updates are counted: received, processed, duplicate */
    TelegramUpdates(UpdateDedup dedup, InactiveChats inactive, UpdateDispatch dispatch, MeterRegistry meters) {
        this(dedup, inactive, dispatch, meters, null);
    }

    private TelegramUpdates(UpdateDedup dedup, InactiveChats inactive, UpdateDispatch dispatch, MeterRegistry meters,
            Durable durable) {
        this.received = updates(meters, "received", "Telegram updates received (long polling or webhook)");
        this.processed = updates(meters, "processed", PROCESSED);
        this.duplicate = updates(meters, "duplicate", "Telegram updates received again and skipped");
        this.dedup = dedup;
        this.inactive = inactive;
        this.dispatch = dispatch;
        this.durable = durable;
    }

    /** The durable intake: the inbox, the workers to wake, the writer of updates (for long polling). */
    record Durable(UpdateInbox inbox, InboxWorkers workers, ObjectWriter json) {
    }

    /** Updates stored in the shared inbox before they are acknowledged, handled by the workers. */
    static TelegramUpdates durable(Durable durable, MeterRegistry meters) {
        return new TelegramUpdates(null, null, null, meters, durable);
    }

    /**
     * Takes an update from the webhook: with the durable intake, the answer comes once the update
     * is stored (on a worker thread); an error means it was not, and Telegram must send it again.
     *
     * @param json the update as Telegram sent it
     * @return false once closed, when the update was not taken
     */
    Mono<Boolean> receive(Update update, String json) {
        if (durable == null || closed) {
            return Mono.just(accept(update));
        }
        return Mono.fromCallable(() -> store(update, json)).subscribeOn(Schedulers.boundedElastic());
    }

    private boolean store(Update update, String json) {
        if (update.getUpdateId() == null) {
            return true;
        }
        var chat = UpdateReader.chatOf(update);
        if (chat.isEmpty()) {
            return true;
        }
        received.increment();
        if (durable.inbox().store(chat.get(), update.getUpdateId(), json)) {
            durable.workers().wake();
        } else {
            duplicate.increment();
        }
        return true;
    }

    @Override
    public void consume(List<Update> updates) {
        if (closed) {
            LOG.info("{} Telegram updates left for the next start", updates.size());
            return;
        }
        updates.forEach(this::accept);
    }

    /**
     * Queues an update behind the earlier ones of its chat. Does not block: fit for an event loop.
     *
     * @return false once closed, when the update was not taken
     */
    boolean accept(Update update) {
        if (closed) {
            return false;
        }
        if (durable != null) {
            return storeFromPolling(update);
        }
        try {
            if (update != null) {
                received.increment();
                UpdateReader.chatOf(update).ifPresent(chat -> lanes.enqueue(chat, () -> process(update)));
            }
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.warn("Telegram update {} not handled", update.getUpdateId(), new RedactedFailure(e));
        }
        return true;
    }

    /** Long polling: stored at once (on the polling thread); Telegram forgets it at the next poll. */
    private boolean storeFromPolling(Update update) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store(update, durable.json().writeValueAsString(update));
            } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
                if (attempt == 3 || closed) {
                    LOG.warn("Telegram update {} could not be stored: lost", update.getUpdateId(), new RedactedFailure(e));
                    return true;
                }
                try {
                    Thread.sleep(1000L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return true;
                }
            }
        }
    }

    /** Takes no more updates (the service is stopping); those not taken are sent again by Telegram. */
    @Override
    public void close() {
        closed = true;
    }

    /** Waits for the updates being handled, at most this long. */
    boolean drain(Duration atMost) {
        return durable != null || lanes.drain(atMost);
    }

    private CompletableFuture<?> process(Update update) {
        return Mono.fromCallable(() -> firstSeen(update))
                .flatMap(first -> first ? dispatch.handle(update).doOnSuccess(done -> processed.increment())
                        : Mono.<Void>empty())
                .onErrorResume(failure -> {
                    LOG.warn("Telegram update {} not handled", update.getUpdateId(), new RedactedFailure(failure));
                    return Mono.empty();
                })
                .subscribeOn(Schedulers.boundedElastic())
                .toFuture();
    }

    static Counter updates(MeterRegistry meters, String name, String description) {
        return Counter.builder("aiguilleur.telegram.updates." + name).description(description).register(meters);
    }

    private boolean firstSeen(Update update) {
        if (update.getUpdateId() == null) {
            return true;
        }
        try {
            Integer id = update.getUpdateId();
            boolean first = UpdateReader.personChatOf(update)
                    .map(chat -> dedup.firstSeen(id, Long.toString(chat), inactive))
                    .orElseGet(() -> dedup.firstSeen(id));
            if (!first) {
                duplicate.increment();
                LOG.debug("Telegram update {} already handled: skipped", update.getUpdateId());
            }
            return first;
        } catch (RuntimeException e) {
            LOG.warn("Telegram update {} could not be checked for repeats: handled anyway", update.getUpdateId(),
                    new RedactedFailure(e));
            return true;
        }
    }
}
