package fr.aiguilleur.bot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The secret Telegram sends back in the {@code X-Telegram-Bot-Api-Secret-Token} header of every
 * webhook call, proving the call comes from Telegram: the one set in {@code TELEGRAM_WEBHOOK_SECRET},
 * or one drawn at random at each start. Never logged.
 */
final class WebhookSecret {

    static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final int GENERATED_LENGTH = 48;

    private final byte[] value;
    private final boolean generated;

    private WebhookSecret(String value, boolean generated) {
        this.value = value.getBytes(StandardCharsets.US_ASCII);
        this.generated = generated;
    }

    /**
     * The configured secret, or a new random one when none is configured.
     *
     * @throws IllegalArgumentException when the configured one is not 1–256 of {@code [A-Za-z0-9_-]}
     */
    static WebhookSecret of(String configured) {
        if (configured == null || configured.isBlank()) {
            return generate(new SecureRandom());
        }
        if (!ALLOWED.matcher(configured.strip()).matches()) {
            throw new IllegalArgumentException(
                    "TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters among A-Z, a-z, 0-9, _ and -");
        }
        return new WebhookSecret(configured.strip(), false);
    }

    static WebhookSecret generate(SecureRandom random) {
        var chars = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new WebhookSecret(chars.toString(), true);
    }

    /** Whether a header holds the secret, compared in constant time; false when absent. */
    boolean matches(String header) {
        return header != null && MessageDigest.isEqual(value, header.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret as given to {@code setWebhook}. */
    String value() {
        return new String(value, StandardCharsets.US_ASCII);
    }

    boolean generated() {
        return generated;
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + (generated ? "generated" : "configured") + "]";
    }
}
