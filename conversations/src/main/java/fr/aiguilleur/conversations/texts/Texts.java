package fr.aiguilleur.conversations.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user-facing sentences of one language, read from {@code /messages/messages_<lang>.properties}
 * (UTF-8). A missing key falls back to French, so a person never sees a key.
 */
public final class Texts {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";

    private static final Map<String, Texts> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Properties sentences;
    private final Texts fallback;

    private Texts(Properties sentences, Texts fallback) {
        this.sentences = sentences;
        this.fallback = fallback;
    }

    /** The texts of a language ("fr" or "en"); French for any other. */
    public static Texts of(String language) {
        Texts french = BY_LANGUAGE.computeIfAbsent(FRENCH, key -> load(key, null));
        return ENGLISH.equals(language) ? BY_LANGUAGE.computeIfAbsent(ENGLISH, key -> load(key, french)) : french;
    }

    /** The sentence for a key, with {0}, {1}… replaced by the arguments in order. */
    public String get(String key, Object... arguments) {
        String sentence = sentences.getProperty(key);
        if (sentence == null) {
            if (fallback == null) {
                throw new IllegalStateException("no text for key " + key);
            }
            return fallback.get(key, arguments);
        }
        for (int i = 0; i < arguments.length; i++) {
            sentence = sentence.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return sentence;
    }

    /** Whether this language has its own sentence for the key. */
    public boolean has(String key) {
        return sentences.containsKey(key);
    }

    private static Texts load(String language, Texts fallback) {
        String path = "/messages/messages_" + language + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the message bundle " + path + " is missing");
            }
            var sentences = new Properties();
            sentences.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Texts(sentences, fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
