package fr.aiguilleur.conversations.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireLoaderTests {

    /** A small valid questionnaire: every fixed step, two diagnostic questions. */
    static String valid() {
        try (InputStream in = QuestionnaireLoaderTests.class.getResourceAsStream("/questionnaire/questionnaire-v0.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(String yaml, String... expected) {
        assertThatThrownBy(() -> Questionnaire.parse(yaml, "test.yaml"))
                .isInstanceOf(InvalidQuestionnaire.class)
                .message().contains(expected);
    }

    @Nested
    class Valid {

        @Test
        void loadsTheSmallQuestionnaire() {
            Questionnaire questionnaire = Questionnaire.parse(valid(), "test.yaml");
            assertThat(questionnaire.version()).isEqualTo("v0");
            assertThat(questionnaire.diagnosticQuestions()).extracting(Question::id)
                    .containsExactly("role", "headcount", "postcode", "team_skills");
        }

        @Test
        void loadsAFile(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("q.yaml");
            Files.writeString(file, valid());
            assertThat(Questionnaire.load(file).version()).isEqualTo("v0");
        }
    }

    @Nested
    class Refused {

        @Test
        void namesTheLineOfBadYaml() {
            assertRefused("version: v1\nquestions:\n  - id: consent\n    text: {fr: a\n    kind: single\n",
                    "test.yaml, line 5", "not valid YAML");
        }

        @Test
        void namesTheLineOfAnUnknownField() {
            String yaml = valid().replace("    kind: typed\n", "    kind: typed\n    colour: blue\n");
            int line = lineOf(yaml, "colour: blue");
            assertRefused(yaml, "line " + line + ":", "unknown field 'colour'");
        }

        @Test
        void namesTheLineOfADuplicatedOption() {
            String yaml = valid().replace("      - id: micro\n", "      - id: solo\n");
            int line = lineOf(yaml, "      - id: solo\n        label: {fr: \"2 à 10\"");
            assertRefused(yaml, "line " + line + ":", "option id 'solo' appears twice in question 'headcount'");
        }

        @Test
        void namesTheLineOfASkipConditionOnAnUnknownQuestion() {
            String yaml = valid().replace("skip_if: {question: headcount", "skip_if: {question: size");
            assertRefused(yaml, "line " + lineOf(yaml, "skip_if: {question: size") + ":", "'size'",
                    "not an earlier question");
        }

        @Test
        void namesTheLineOfASkipConditionOnAnUnknownOption() {
            String yaml = valid().replace("answer: [solo]", "answer: [alone]");
            assertRefused(yaml, "line " + lineOf(yaml, "answer: [alone]") + ":", "option 'alone'");
        }

        @Test
        void refusesAQuestionWithoutFrenchText() {
            String yaml = valid().replace("      fr: Combien de personnes ?\n", "");
            assertRefused(yaml, "line " + lineOf(yaml, "      en: How many people?") + ":",
                    "question 'headcount' has no French text");
        }

        @Test
        void refusesAnOptionWithoutFrenchLabel() {
            String yaml = valid().replace("label: {fr: \"2 à 10\", en: \"2 to 10\"}", "label: {en: \"2 to 10\"}");
            assertRefused(yaml, "option 'micro' of question 'headcount' has no French label");
        }

        @Test
        void refusesAnUnknownKind() {
            String yaml = valid().replace("    kind: typed\n", "    kind: free\n");
            assertRefused(yaml, "line " + lineOf(yaml, "kind: free") + ":", "kind 'free'");
        }

        @Test
        void refusesAMissingVersion() {
            assertRefused(valid().replace("version: v0\n", ""), "line 1:", "version");
        }

        @Test
        void refusesAMultiChoiceWithoutDone() {
            String yaml = valid().replace("      - id: done\n        label: {fr: \"C'est tout\", en: \"That's all\"}\n", "");
            assertRefused(yaml, "needs a 'done' option");
        }

        @Test
        void refusesAQuestionnaireWithoutAFixedStep() {
            String yaml = valid().replace("  - id: confirm\n", "  - id: confirmation\n");
            assertRefused(yaml, "needs a question 'confirm'");
        }

        @Test
        void refusesTwoQuestionsWithOneId() {
            String yaml = valid().replace("  - id: team_skills\n", "  - id: role\n");
            assertRefused(yaml, "question id 'role' appears twice");
        }

        @Test
        void refusesAnEmptyFile() {
            assertRefused("", "line 1");
        }

        @Test
        void refusesAWrongKindOfValue() {
            String yaml = valid().replace("validation: postcode", "validation: [postcode]");
            assertRefused(yaml, "line " + lineOf(yaml, "validation: [postcode]") + ":", "'questions[3].validation'",
                    "a text");
        }

        @Test
        void namesTheLineOfAWrongValueBeforeBrokenYaml() {
            String yaml = valid().replace("version: v0\nquestions:\n", "version: v0\nquestions: 3\n");
            assertRefused(yaml, "line " + lineOf(yaml, "questions: 3") + ":", "'questions'", "a list");
        }

        private int lineOf(String yaml, String fragment) {
            int at = yaml.indexOf(fragment);
            assertThat(at).as("fragment in test YAML").isNotNegative();
            return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }
    }
}
