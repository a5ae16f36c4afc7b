package fr.aiguilleur.conversations.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTests {

    private static Properties bundle(String language) throws IOException {
        try (InputStream in = TextsTests.class.getResourceAsStream("/messages/messages_" + language + ".properties")) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void hasAnEnglishSentenceForEveryFrenchOne() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(bundle("fr").stringPropertyNames());
    }

    @Test
    void readsAccentsAsUtf8() {
        assertThat(Texts.of("fr").get("erase.done")).contains("effacé");
    }

    @Test
    void replacesArgumentsInOrder() {
        assertThat(Texts.of("fr").get("check.unknown-option", "sector", "bakery", "retail"))
                .isEqualTo("« sector » n'a pas de réponse « bakery ». Réponses possibles : retail.");
    }

    @Test
    void speaksFrenchForAnUnknownLanguage() {
        assertThat(Texts.of("de").get("stale")).isEqualTo("Cette question a changé.");
    }

    @Test
    void leavesNothingUnfinished() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            bundle(language).forEach((key, sentence) -> assertThat(sentence.toString()).as(key.toString())
                    .isNotBlank().doesNotContain("TODO", "FIXME", "XXX"));
        }
    }
}
