package fr.aiguilleur.bot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API the way it asks to be called: after "too many requests" it waits the time
 * Telegram gives, after a server error or a timeout it retries with a growing pause, and it tells
 * apart a person who blocked the bot, to whom nothing more should be sent. Blocking: call it on a
 * worker thread, never on an event loop.
 */
final class BotCalls {

    /** How a call ended. */
    enum Outcome {
        DONE,
        /** The person blocked the bot, or left: no use sending more. */
        BLOCKED,
        FAILED
    }

    private static final Logger LOG = LoggerFactory.getLogger(BotCalls.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final TelegramClient client;
    private final TelegramSettings.Sending sending;
    private final SendingPace.Time time;

    BotCalls(TelegramClient client, TelegramSettings.Sending sending, SendingPace.Time time) {
        this.client = client;
        this.sending = sending;
        this.time = time;
    }

    /** One call of the client (a multipart upload, sendPhoto or sendDocument, is no BotApiMethod). */
    @FunctionalInterface
    interface Call {
        void on(TelegramClient client) throws TelegramApiException;
    }

    <T extends Serializable> Outcome execute(BotApiMethod<T> method) {
        return execute(method.getMethod(), client -> client.execute(method));
    }

    /** Makes a call named {@code name} (for the log), retried as any other. */
    Outcome execute(String name, Call call) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                call.on(client);
                return Outcome.DONE;
            } catch (TelegramApiRequestException e) {
                if (isBlocked(e)) {
                    return Outcome.BLOCKED;
                }
                wait = retryWait(e, attempt);
                if (wait == null) {
                    LOG.warn("Telegram refused {} (error {})", name, e.getErrorCode());
                    return Outcome.FAILED;
                }
            } catch (TelegramApiException e) {
                wait = backoff(attempt);
            }
            if (attempt >= sending.attempts() || !pause(wait)) {
                LOG.warn("Telegram call {} failed {} times, given up", name, attempt);
                return Outcome.FAILED;
            }
        }
    }

    /** A 403, or Telegram saying the person blocked the bot or deleted their account. */
    static boolean isBlocked(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        if (code != null && code == 403) {
            return true;
        }
        String said = (e.getApiResponse() + " " + e.getMessage()).toLowerCase(Locale.ROOT);
        return code != null && code == 400 && (said.contains("blocked") || said.contains("deactivated"));
    }

    /** How long to wait before trying again, or null when trying again cannot help. */
    private Duration retryWait(TelegramApiRequestException e, int attempt) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            Duration wait = Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter));
            return wait.compareTo(LONGEST_WAIT) > 0 ? null : wait;
        }
        boolean serverSide = code == null || code >= 500;
        return serverSide ? backoff(attempt) : null;
    }

    private Duration backoff(int attempt) {
        return sending.firstRetryAfter().multipliedBy(1L << Math.min(attempt - 1, 10));
    }

    private boolean pause(Duration wait) {
        try {
            time.sleep(wait.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
