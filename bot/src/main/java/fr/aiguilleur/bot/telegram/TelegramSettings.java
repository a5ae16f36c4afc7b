package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach Telegram, and how to be reached by it.
 *
 * @param token             the bot token from BotFather; empty turns the Telegram channel off
 * @param apiUrl            the Bot API base URL, scheme, host and port only (tests point it elsewhere)
 * @param coordinatorChatId the chat told about a new lead when the coordinators file names none for
 *                          the lead's territory (a user, group or channel id); empty for none
 * @param webhookUrl        the public HTTPS URL Telegram posts updates to; empty for long polling
 * @param webhookSecret     the secret Telegram echoes in each webhook call; empty to generate one
 * @param sending           how fast and how patiently messages are sent
 */
@ConfigurationProperties("aiguilleur.telegram")
public record TelegramSettings(
        String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        String coordinatorChatId,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue Sending sending) {

    public TelegramSettings {
        sending = sending == null ? Sending.DEFAULTS : sending;
    }

    public boolean hasFallbackCoordinatorChat() {
        return coordinatorChatId != null && !coordinatorChatId.isBlank();
    }

    public boolean usesWebhook() {
        return webhookUrl != null && !webhookUrl.isBlank();
    }

    /** The bot's id, the part of the token before ':' (not secret); keys shared data of this bot. */
    public String botId() {
        if (token == null || token.isBlank()) {
            return "none";
        }
        int colon = token.indexOf(':');
        return colon > 0 ? token.substring(0, colon).strip() : "bot";
    }

    /** Without the token nor the webhook secret. */
    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", coordinatorChatId set=" + hasFallbackCoordinatorChat()
                + ", webhook=" + usesWebhook() + ", sending=" + sending + "]";
    }

    /**
     * The Bot API's limits, kept on our side so that Telegram seldom has to say "too many requests".
     *
     * @param perSecond          messages per second for the whole bot (Telegram: about 30)
     * @param perChatPerSecond   messages per second to one person (Telegram: about 1, short bursts allowed)
     * @param perChatBurst       messages sent to one chat at once before the per-chat pace applies
     * @param perGroupPerMinute  messages per minute to one group or channel (Telegram: 20)
     * @param timeout            how long one call may take before it is retried
     * @param firstRetryAfter    the wait before retrying a call Telegram failed (5xx, timeout), doubled each time
     * @param attempts           how many times a call is tried in all
     */
    public record Sending(
            @DefaultValue("30") double perSecond,
            @DefaultValue("1") double perChatPerSecond,
            @DefaultValue("3") int perChatBurst,
            @DefaultValue("20") double perGroupPerMinute,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("500ms") Duration firstRetryAfter,
            @DefaultValue("4") int attempts) {

        public static final Sending DEFAULTS = new Sending(30, 1, 3, 20, Duration.ofSeconds(10),
                Duration.ofMillis(500), 4);

        public Sending {
            if (perSecond <= 0 || perChatPerSecond <= 0 || perChatBurst < 1 || perGroupPerMinute <= 0 || attempts < 1) {
                throw new IllegalArgumentException("Telegram sending limits must be positive");
            }
        }
    }
}
