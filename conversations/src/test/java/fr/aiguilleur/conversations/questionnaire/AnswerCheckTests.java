package fr.aiguilleur.conversations.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnswerCheckTests {

    private static final Questionnaire V1 = Questionnaire.packaged();

    private static Map<String, Object> baker() {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("role", "owner");
        answers.put("sector", "retail");
        answers.put("headcount", "solo");
        answers.put("postcode", "33210");
        answers.put("presence", List.of("nowhere"));
        answers.put("admin_blocked", "yes");
        answers.put("obstacles", List.of("time", "where_start"));
        return answers;
    }

    @Nested
    class Accepted {

        @Test
        void acceptsEveryPersonaOfTheScenarioSuite() throws IOException {
            try (InputStream in = AnswerCheckTests.class.getResourceAsStream("/scenarios/personas.yaml")) {
                Map<?, ?> suite = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
                for (Object scenario : (List<?>) suite.get("scenarios")) {
                    @SuppressWarnings("unchecked")
                    var answers = (Map<String, Object>) ((Map<?, ?>) scenario).get("answers");
                    assertThat(V1.check(answers).problems()).as(((Map<?, ?>) scenario).get("name").toString()).isEmpty();
                }
            }
        }

        @Test
        void keepsAnswersInQuestionOrderAsOptionLists() {
            AnswerCheck check = V1.check(baker());
            assertThat(check.ok()).isTrue();
            assertThat(check.answers().byQuestion()).containsOnlyKeys("role", "sector", "headcount", "postcode",
                    "admin_blocked", "presence", "obstacles");
            assertThat(check.answers().get("obstacles")).containsExactly("time", "where_start");
            assertThat(check.answers().single("postcode")).contains("33210");
        }

        @Test
        void readsYamlBooleansAndNumbersAsTheirText() {
            var answers = baker();
            answers.put("admin_blocked", true);
            answers.put("backup", false);
            answers.put("postcode", 33210);
            AnswerCheck check = V1.check(answers);
            assertThat(check.problems()).isEmpty();
            assertThat(check.answers().single("admin_blocked")).contains("yes");
            assertThat(check.answers().single("backup")).contains("no");
            assertThat(check.answers().single("postcode")).contains("33210");
        }

        @Test
        void acceptsASingleStringForAMultiChoice() {
            var answers = baker();
            answers.put("presence", "site");
            assertThat(V1.check(answers).answers().get("presence")).containsExactly("site");
        }
    }

    @Nested
    class Problems {

        @Test
        void reportsAnUnknownQuestionWithTheKnownOnes() {
            var answers = baker();
            answers.put("favourite_colour", "blue");
            AnswerProblem problem = onlyProblem(answers);
            assertThat(problem.key()).isEqualTo("favourite_colour");
            assertThat(problem.message()).contains("favourite_colour");
            assertThat(problem.validChoices()).contains("role", "obstacles").doesNotContain("consent", "confirm");
        }

        @Test
        void reportsAnUnknownOptionWithTheValidChoices() {
            var answers = baker();
            answers.put("sector", "bakery");
            AnswerProblem problem = onlyProblem(answers);
            assertThat(problem.key()).isEqualTo("sector");
            assertThat(problem.message()).contains("sector", "bakery", "retail");
            assertThat(problem.validChoices()).containsExactly("retail", "craft", "construction", "hospitality",
                    "services", "agriculture", "liberal", "other");
        }

        @Test
        void reportsAListGivenToASingleChoice() {
            var answers = baker();
            answers.put("sector", List.of("retail", "craft"));
            assertThat(onlyProblem(answers).message()).contains("sector", "une seule réponse");
        }

        @Test
        void reportsAMalformedOrNonExistentPostcode() {
            var answers = baker();
            answers.put("postcode", "3321");
            assertThat(onlyProblem(answers).message()).contains("postcode", "33210");
            answers.put("postcode", "96000");
            assertThat(onlyProblem(answers).key()).isEqualTo("postcode");
        }

        @Test
        void reportsAnExclusiveOptionCombinedWithOthers() {
            var answers = baker();
            answers.put("presence", List.of("site", "nowhere"));
            assertThat(onlyProblem(answers).message()).contains("presence", "nowhere");
        }

        @Test
        void refusesTheDoneOptionAsAnAnswer() {
            var answers = baker();
            answers.put("obstacles", List.of("time", "done"));
            assertThat(onlyProblem(answers).key()).isEqualTo("obstacles");
        }

        @Test
        void refusesPostResultStepsAsDiagnosticAnswers() {
            var answers = baker();
            answers.put("contact_phone", "0612345678");
            assertThat(onlyProblem(answers).key()).isEqualTo("contact_phone");
        }

        private AnswerProblem onlyProblem(Map<String, Object> answers) {
            AnswerCheck check = V1.check(answers);
            assertThat(check.ok()).isFalse();
            assertThat(check.problems()).hasSize(1);
            return check.problems().get(0);
        }
    }

    @Nested
    class Skipped {

        @Test
        void dropsTeamSkillsForAPersonAlone() {
            var answers = baker();
            answers.put("team_skills", "no");
            assertThat(V1.check(answers).answers().answered("team_skills")).isFalse();
            answers.put("headcount", "micro");
            assertThat(V1.check(answers).answers().answered("team_skills")).isTrue();
        }

        @Test
        void dropsPresenceUpdatedWhenNowhere() {
            var answers = baker();
            answers.put("presence_updated", "no");
            assertThat(V1.check(answers).answers().answered("presence_updated")).isFalse();
        }

        @Test
        void dropsEverythingAfterAnIndividual() {
            var answers = baker();
            answers.put("role", "individual");
            AnswerCheck check = V1.check(answers);
            assertThat(check.ok()).isTrue();
            assertThat(check.answers().byQuestion()).containsOnlyKeys("role");
        }

        @Test
        void dropsEverythingAfterALargeCompany() {
            var answers = baker();
            answers.put("headcount", "large");
            assertThat(V1.check(answers).answers().byQuestion()).containsOnlyKeys("role", "sector", "headcount");
        }
    }
}
