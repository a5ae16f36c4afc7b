package fr.aiguilleur.conversations.texts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextsTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    private static Properties bundle(String language) throws IOException {
        try (InputStream in = TextsTests.class.getResourceAsStream("/messages/messages_" + language + ".properties")) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static TreeSet<String> argumentsOf(String sentence) {
        var arguments = new TreeSet<String>();
        ARGUMENT.matcher(sentence).results().forEach(found -> arguments.add(found.group()));
        return arguments;
    }

    @Nested
    class EveryKey {

        @Test
        void hasAnEnglishSentenceForEveryFrenchOneAndNoOther() throws IOException {
            assertThat(bundle("en").stringPropertyNames())
                    .containsExactlyInAnyOrderElementsOf(bundle("fr").stringPropertyNames());
        }

        @Test
        void leavesNothingUnfinished() throws IOException {
            for (String language : new String[] {"fr", "en"}) {
                bundle(language).forEach((key, sentence) -> assertThat(sentence.toString()).as(key.toString())
                        .isNotBlank().doesNotContain("TODO", "FIXME", "XXX"));
            }
        }

        @Test
        void takesTheSameArgumentsInBothLanguages() throws IOException {
            Properties french = bundle("fr");
            Properties english = bundle("en");
            for (String key : french.stringPropertyNames()) {
                assertThat(argumentsOf(english.getProperty(key, ""))).as(key)
                        .isEqualTo(argumentsOf(french.getProperty(key)));
            }
        }
    }

    @Nested
    class Reading {

        @Test
        void readsAccentsAsUtf8() {
            assertThat(Texts.of("fr").get("erase.done")).contains("effacé");
        }

        @Test
        void replacesArgumentsInOrderAndKeepsApostrophesPlain() {
            assertThat(Texts.of("fr").get("check.unknown-option", "sector", "bakery", "retail"))
                    .isEqualTo("« sector » n'a pas de réponse « bakery ». Réponses possibles : retail.");
        }

        @Test
        void speaksFrenchForAnUnknownLanguage() {
            assertThat(Texts.of("de").get("stale")).isEqualTo("Cette question a changé.");
            assertThat(Texts.of(Locale.GERMAN).get("stale")).isEqualTo("Cette question a changé.");
        }

        @Test
        void speaksEnglishForAnEnglishLocale() {
            assertThat(Texts.of(Locale.UK).get("stale")).isEqualTo(Texts.of("en").get("stale"))
                    .isNotEqualTo(Texts.of("fr").get("stale"));
        }

        @Test
        void refusesAKeyNoLanguageKnows() {
            assertThat(Texts.of("en").knows("no.such.key")).isFalse();
            assertThat(Texts.of("en").has("stale")).isTrue();
        }
    }

    @Nested
    class SharedNames {

        private static final List<Class<? extends Enum<?>>> VOCABULARY = List.of(Axis.class, Level.class,
                Decision.class, Priority.class, LeadStatus.class, Channel.class);

        @Test
        void nameEveryValueOfTheVocabularyInBothLanguages() {
            VOCABULARY.stream().flatMap(kind -> Stream.of(kind.getEnumConstants())).forEach(value -> {
                assertThat(Texts.of("fr").has(Texts.keyOf(value))).as(Texts.keyOf(value)).isTrue();
                assertThat(Texts.of("en").has(Texts.keyOf(value))).as(Texts.keyOf(value)).isTrue();
            });
            for (Level level : Level.values()) {
                assertThat(Texts.of("en").has("autonomy." + level.name())).isTrue();
            }
        }

        @Test
        void buildTheKeyFromTheKindAndTheConstant() {
            assertThat(Texts.keyOf(LeadStatus.VISIT_SCHEDULED)).isEqualTo("lead.status.VISIT_SCHEDULED");
            assertThat(Texts.keyOf(Axis.PRESENCE)).isEqualTo("axis.PRESENCE");
        }

        @Test
        void readAsRunningTextOrAsALabel() {
            assertThat(Texts.of("fr").name(LeadStatus.VISIT_SCHEDULED)).isEqualTo("visite prévue");
            assertThat(Texts.of("fr").label(LeadStatus.VISIT_SCHEDULED)).isEqualTo("Visite prévue");
            assertThat(Texts.of("en").name("autonomy", Level.MEDIUM)).isEqualTo("medium");
            assertThat(Texts.of("fr").name("autonomy", Level.MEDIUM)).isEqualTo("moyenne");
        }
    }
}
