package fr.aiguilleur.conversations.texts;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences and names a person reads, in one language, from the UTF-8 bundles
 * {@code /messages/messages_fr.properties} (the reference, and the fallback of every other language)
 * and {@code /messages/messages_en.properties}. A key missing in English falls back to French, so a
 * person never sees a key. {@code {0}}, {@code {1}}… are replaced by the arguments in order; nothing
 * else is interpreted, so apostrophes stay plain.
 *
 * <p>The vocabulary of a diagnosis and of a lead is named once, under {@code <kind>.<CONSTANT>}, where
 * the kind is the enum's simple name in dotted lower case ({@code Axis.PRESENCE} → {@code axis.PRESENCE},
 * {@code LeadStatus.NEW} → {@code lead.status.NEW}); {@link #name(Enum)} reads it.
 */
public final class Texts {

    public static final String FRENCH = "fr";
    public static final String ENGLISH = "en";

    private static final String BUNDLE = "messages.messages";
    private static final Texts IN_FRENCH = new Texts(Bundles.load(BUNDLE, Locale.FRENCH));
    private static final Texts IN_ENGLISH = new Texts(Bundles.load(BUNDLE, Locale.ENGLISH));

    private final Bundles.Own bundle;

    private Texts(Bundles.Own bundle) {
        this.bundle = bundle;
    }

    /** The texts of a language ("fr" or "en"); French for any other. */
    public static Texts of(String language) {
        return ENGLISH.equals(language) ? IN_ENGLISH : IN_FRENCH;
    }

    /** The texts of a locale's language; French for any language but English, and for none. */
    public static Texts of(Locale locale) {
        return of(locale == null ? FRENCH : locale.getLanguage());
    }

    /** The sentence for a key, with {0}, {1}… replaced by the arguments in order. */
    public String get(String key, Object... arguments) {
        if (!bundle.containsKey(key)) {
            throw new IllegalStateException("no text for key " + key);
        }
        String sentence = bundle.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            sentence = sentence.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return sentence;
    }

    /** Whether this language has its own sentence for the key. */
    public boolean has(String key) {
        return bundle.owns(key);
    }

    /** Whether the key has a sentence in this language or in French. */
    public boolean knows(String key) {
        return bundle.containsKey(key);
    }

    /** The short name of a value of the shared vocabulary, lower case in running text ("visite prévue"). */
    public String name(Enum<?> value) {
        return get(keyOf(value));
    }

    /** The name of a value under another kind, e.g. {@code name("autonomy", Level.MEDIUM)} → "moyenne". */
    public String name(String kind, Enum<?> value) {
        return get(kind + "." + value.name());
    }

    /** The name with a capital first letter, for a title, a table cell or a list ("Visite prévue"). */
    public String label(Enum<?> value) {
        String name = name(value);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** The key naming a value: {@code LeadStatus.VISIT_SCHEDULED} → {@code lead.status.VISIT_SCHEDULED}. */
    public static String keyOf(Enum<?> value) {
        String kind = value.getDeclaringClass().getSimpleName();
        return kind.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT) + "." + value.name();
    }
}
