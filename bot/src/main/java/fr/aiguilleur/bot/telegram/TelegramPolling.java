package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling of the Bot API with TelegramBots, on a thread of its own. When Telegram cannot be
 * reached at start, the service starts anyway and polling is retried. At shutdown, polling stops
 * first, then the updates already taken are answered (for a few seconds at most).
 */
final class TelegramPolling implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramPolling.class);

    private final String token;
    private final TelegramHttp http;
    private final TelegramUpdates updates;
    private final Duration retryEvery;
    private final Duration drainAtMost;
    private ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    TelegramPolling(String token, TelegramHttp http, TelegramUpdates updates, Duration retryEvery,
            Duration drainAtMost) {
        this.token = token;
        this.http = http;
        this.updates = updates;
        this.retryEvery = retryEvery;
        this.drainAtMost = drainAtMost;
    }

    @Override
    public synchronized void start() {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        application = new TelegramBotsLongPollingApplication(http::json, http::http, () -> poller);
        running = true;
        register();
    }

    private synchronized void register() {
        if (!running) {
            return;
        }
        try {
            application.registerBot(token, http::url, new DefaultGetUpdatesGenerator(TelegramUpdates.HANDLED), updates);
            LOG.info("Telegram long polling started");
        } catch (TelegramApiException | RuntimeException e) {
            LOG.warn("Telegram not reachable ({}), long polling retried in {} s", e.getClass().getSimpleName(),
                    retryEvery.toSeconds());
            forget();
            poller.schedule(this::register, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void forget() {
        try {
            application.unregisterBot(token);
        } catch (TelegramApiException ignored) {
            // not registered: nothing to forget
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            application.close();
        } catch (Exception e) {
            LOG.warn("Telegram long polling did not stop cleanly ({})", e.getClass().getSimpleName());
        }
        poller.shutdownNow();
        http.cancelPolling();
        if (!updates.drain(drainAtMost)) {
            LOG.warn("some Telegram updates were still being answered at shutdown");
        }
        LOG.info("Telegram long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
