package fr.aiguilleur.bot.telegram;

import com.fasterxml.jackson.databind.ObjectReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import fr.aiguilleur.bot.support.RedactedFailure;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The workers of this instance on the durable intake: each claims a chat with updates waiting,
 * handles them oldest first, one at a time, and gives the chat back when its inbox is empty; the
 * leases of the chats held are renewed while they work. An update is removed only once handled;
 * an instance that crashes leaves its chats to the others when their leases run out, and a turn it
 * had stored is not applied again ({@link UpdateTurn}). At shutdown, each worker finishes its
 * update and gives its chat back.
 */
final class InboxWorkers implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);

    private final UpdateInbox inbox;
    private final UpdateDispatch dispatch;
    private final Counter processed;
    private final InactiveChats inactive;
    private final ObjectReader json;
    private final IntakeSettings settings;
    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeups = new Semaphore(0);
    private final Map<Long, String> held = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> lost = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread[] threads = new Thread[0];
    private ScheduledExecutorService renewer;

    InboxWorkers(UpdateInbox inbox, UpdateDispatch dispatch, InactiveChats inactive, ObjectReader json,
            IntakeSettings settings, MeterRegistry meters) {
        this.processed = TelegramUpdates.updates(meters, "processed", TelegramUpdates.PROCESSED);
        this.inbox = inbox;
        this.dispatch = dispatch;
        this.inactive = inactive;
        this.json = json;
        this.settings = settings;
    }

    /** Tells an idle worker that an update was stored. */
    void wake() {
        if (wakeups.availablePermits() < settings.workers()) {
            wakeups.release();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        renewer = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "telegram-intake-leases"));
        long every = Math.max(100, settings.lease().toMillis() / 3);
        renewer.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        threads = new Thread[settings.workers()];
        for (int i = 0; i < threads.length; i++) {
            String worker = instance + "-" + i;
            threads[i] = daemon(() -> work(worker), "telegram-intake-" + i);
            threads[i].start();
        }
        LOG.info("Telegram intake: {} workers on the shared inbox", threads.length);
    }

    private void work(String worker) {
        while (running) {
            try {
                Optional<Long> chat = inbox.claim(worker, settings.lease());
                if (chat.isPresent()) {
                    handleChat(chat.get(), worker);
                } else {
                    wakeups.tryAcquire(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Telegram intake: the inbox could not be read ({}); trying again", e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void handleChat(long chat, String worker) {
        held.put(chat, worker);
        try {
            Optional<UpdateInbox.Pending> next;
            while (running && !lost.containsKey(chat) && (next = inbox.oldest(chat)).isPresent()) {
                if (!handle(chat, next.get(), worker)) {
                    return;
                }
            }
        } finally {
            held.remove(chat);
            if (lost.remove(chat) == null) {
                inbox.release(chat, worker);
            }
        }
    }

    /** @return whether the worker still holds the chat */
    private boolean handle(long chat, UpdateInbox.Pending pending, String worker) {
        try {
            Update update = json.readValue(pending.json());
            if (pending.repliesSent() == 0 && chat > 0) {
                inactive.markActive(Long.toString(chat));
            } else if (pending.repliesSent() > 0) {
                LOG.info("Telegram intake: update {} taken over after {} replies noted; the last noted may not "
                        + "have reached Telegram and is not sent again (at most once)", pending.updateId(),
                        pending.repliesSent());
            }
            var turn = new UpdateTurn("telegram-update:" + pending.updateId(), pending.repliesSent(),
                    reply -> inbox.sending(chat, pending.updateId(), reply, worker));
            dispatch.handle(update, turn).block(Duration.ofMinutes(2));
            processed.increment();
        } catch (java.io.IOException e) {
            LOG.warn("Telegram update {} unreadable in the inbox: dropped", pending.updateId());
        } catch (RuntimeException e) {
            LOG.warn("Telegram update {} not handled", pending.updateId(), new RedactedFailure(e));
        }
        return inbox.done(chat, pending.updateId(), worker);
    }

    private void renew() {
        held.forEach((chat, worker) -> {
            try {
                if (!inbox.renew(chat, worker, settings.lease())) {
                    lost.put(chat, true);
                    LOG.warn("Telegram intake: a chat's lease ran out; another instance takes it over");
                }
            } catch (RuntimeException e) {
                LOG.debug("lease not renewed ({})", e.getClass().getSimpleName());
            }
        });
    }

    private void pause() {
        try {
            Thread.sleep(settings.idlePoll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        wakeups.release(threads.length);
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        renewer.shutdownNow();
        LOG.info("Telegram intake stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
