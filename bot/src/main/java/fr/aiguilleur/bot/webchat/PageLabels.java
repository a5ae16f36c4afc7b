package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.texts.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chat page's own words, from the bundles' {@code web.*} keys, for the page's script. */
final class PageLabels {

    static final List<String> NAMES = List.of("title", "conversation", "answers", "answer", "send", "restart",
            "menu", "menu.retour", "menu.aide", "menu.langue", "menu.mesdonnees", "menu.oubli", "you", "bot",
            "field.POSTCODE", "field.FIRST_NAME", "field.PHONE", "field.EMAIL", "offline", "problem", "gone",
            "waiting", "empty", "progress", "print", "card.alt", "noscript");

    private PageLabels() {
    }

    static Map<String, String> of(String language) {
        Texts texts = Texts.of(language);
        var labels = new LinkedHashMap<String, String>();
        NAMES.forEach(name -> labels.put(name, texts.get("web." + name)));
        return labels;
    }
}
