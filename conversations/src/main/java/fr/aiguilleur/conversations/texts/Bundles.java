package fr.aiguilleur.conversations.texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Loads the properties bundles with French as the parent of every other language (never the
 * machine's default locale, never a base bundle), reading them as UTF-8.
 */
final class Bundles extends ResourceBundle.Control {

    private static final Bundles FRENCH_FALLBACK = new Bundles();

    private Bundles() {
    }

    static Own load(String baseName, Locale locale) {
        return (Own) ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), FRENCH_FALLBACK);
    }

    @Override
    public List<String> getFormats(String baseName) {
        return FORMAT_PROPERTIES;
    }

    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? List.of(Locale.FRENCH)
                : List.of(new Locale(locale.getLanguage()), Locale.FRENCH);
    }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
        return null;
    }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException {
        String path = toResourceName(toBundleName(baseName, locale), "properties");
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? null : new Own(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** A bundle that can tell its own keys from those of its parent. */
    static final class Own extends PropertyResourceBundle {

        Own(Reader in) throws IOException {
            super(in);
        }

        boolean owns(String key) {
            return handleKeySet().contains(key);
        }
    }
}
