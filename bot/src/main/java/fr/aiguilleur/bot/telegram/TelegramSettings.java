package fr.aiguilleur.bot.telegram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

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
@Validated
public record TelegramSettings(
        String token,
        @DefaultValue("https://api.telegram.org") String apiUrl,
        String coordinatorChatId,
        String webhookUrl,
        String webhookSecret,
        @DefaultValue @Valid Sending sending) {

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
            @DefaultValue("30") @Positive(message = "Telegram sending limits must be positive") double perSecond,
            @DefaultValue("1") @Positive(message = "Telegram sending limits must be positive") double perChatPerSecond,
            @DefaultValue("3") @Min(value = 1, message = "Telegram sending limits must be positive") int perChatBurst,
            @DefaultValue("20") @Positive(message = "Telegram sending limits must be positive") double perGroupPerMinute,
            @DefaultValue("10s") @DurationMin(millis = 1, message = "Telegram sending limits must be positive") Duration timeout,
            @DefaultValue("500ms") @DurationMin(millis = 1, message = "Telegram sending limits must be positive") Duration firstRetryAfter,
            @DefaultValue("4") @Min(value = 1, message = "Telegram sending limits must be positive") int attempts) {

        public static final Sending DEFAULTS = new Sending(30, 1, 3, 20, Duration.ofSeconds(10),
                Duration.ofMillis(500), 4);
    }
}
