package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Tells Telegram where to post updates ({@code setWebhook}, with the secret and the kinds of update
 * handled), once the web server is up. At shutdown the webhook is left in place: Telegram keeps
 * the updates until an instance answers again; the updates already taken are finished first.
 */
final class WebhookRegistration extends BackgroundStart {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramClient client;
    private final String url;
    private static final Duration LONGEST_DRAIN = Duration.ofSeconds(10);

    private final WebhookSecret secret;
    private final TelegramUpdates updates;

    WebhookRegistration(TelegramClient client, String url, WebhookSecret secret, TelegramUpdates updates,
            Duration longestPause) {
        super(longestPause);
        this.client = client;
        this.url = url;
        this.secret = secret;
        this.updates = updates;
    }

    /** Takes no more updates (Telegram sends them again later) and finishes those taken, for a while. */
    @Override
    public void stop() {
        super.stop();
        updates.close();
        if (!updates.drain(LONGEST_DRAIN)) {
            LOG.warn("some Telegram updates were still being answered at shutdown");
        }
    }

    @Override
    void run() throws Exception {
        var webhook = SetWebhook.builder().url(url).secretToken(secret.value())
                .allowedUpdates(TelegramUpdates.HANDLED).dropPendingUpdates(false).build();
        if (!Boolean.TRUE.equals(client.execute(webhook))) {
            throw new IllegalStateException("setWebhook answered false");
        }
    }

    @Override
    Logger log() {
        return LOG;
    }

    @Override
    String what() {
        return "webhook " + TelegramWebhook.pathOf(url) + " registration";
    }
}
