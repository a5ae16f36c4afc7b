package fr.aiguilleur.conversations.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Answers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionnaireTests {

    private static final Questionnaire V1 = Questionnaire.packaged();

    @Nested
    class Packaged {

        @Test
        void holdsEveryFixedIdInOrder() {
            assertThat(V1.version()).isEqualTo("v1");
            assertThat(V1.questions()).extracting(Question::id).containsExactly(
                    "consent", "role", "sector", "headcount", "postcode", "device_use", "autonomy", "admin_online",
                    "admin_blocked", "invoicing", "presence", "presence_updated", "customers_online", "tools", "backup",
                    "team_skills", "goal", "digital_plan", "obstacles", "visit_offer", "ask_visit", "availability",
                    "visit_format", "slot", "contact_name", "contact_channel", "contact_phone", "contact_email",
                    "confirm");
        }

        @Test
        void hasTheFixedOptionIds() {
            assertThat(V1.question("consent").orElseThrow().choices()).containsExactly("yes", "no", "more");
            assertThat(V1.question("presence").orElseThrow().choices()).containsExactly("site", "maps", "social", "nowhere");
            assertThat(V1.question("obstacles").orElseThrow().choices())
                    .containsExactly("time", "cost", "where_start", "security_fear", "not_useful", "nothing");
            assertThat(V1.question("availability").orElseThrow().choices())
                    .containsExactly("early", "lunch", "evening", "weekend", "any");
            assertThat(V1.question("contact_channel").orElseThrow().choices()).containsExactly("phone", "email", "telegram");
        }

        @Test
        void speaksFrenchAndEnglishEverywhere() {
            for (Question question : V1.questions()) {
                assertThat(question.text()).as(question.id()).containsKeys("fr", "en");
                question.options().forEach(option -> assertThat(option.label()).as(question.id() + "." + option.id())
                        .containsKeys("fr", "en"));
                if (!question.reask().isEmpty()) {
                    assertThat(question.reask()).as(question.id()).containsKeys("fr", "en");
                }
            }
        }

        @Test
        void tellsWhatTheWelcomePromises() {
            String welcome = V1.consent().text("fr");
            assertThat(welcome).contains("Aiguilleur", "3 minutes", "gratuit", "orienter", "conseiller", "durée indiquée",
                    "anonyme", "/oubli");
        }

        @Test
        void marksMultiChoiceExclusivesAndEnds() {
            assertThat(V1.question("presence").orElseThrow().option("nowhere").orElseThrow().exclusive()).isTrue();
            assertThat(V1.question("obstacles").orElseThrow().option("nothing").orElseThrow().exclusive()).isTrue();
            assertThat(V1.question("availability").orElseThrow().option("any").orElseThrow().exclusive()).isTrue();
            assertThat(V1.question("role").orElseThrow().option("individual").orElseThrow().endsQuestions()).isTrue();
            assertThat(V1.question("headcount").orElseThrow().option("large").orElseThrow().endsQuestions()).isTrue();
        }

        @Test
        void offersTheTelegramContactOnlyOnTelegram() {
            Option telegram = V1.question("contact_channel").orElseThrow().option("telegram").orElseThrow();
            assertThat(telegram.offeredOn("telegram")).isTrue();
            assertThat(telegram.offeredOn("web")).isFalse();
        }
    }

    @Nested
    class NextQuestion {

        @Test
        void startsWithTheRoleAfterConsent() {
            assertThat(V1.nextQuestion("consent", Answers.none())).map(Question::id).contains("role");
        }

        @Test
        void skipsTeamSkillsForAPersonAlone() {
            var alone = answers(Map.of("headcount", List.of("solo")));
            var team = answers(Map.of("headcount", List.of("micro")));
            assertThat(V1.nextQuestion("backup", alone)).map(Question::id).contains("goal");
            assertThat(V1.nextQuestion("backup", team)).map(Question::id).contains("team_skills");
        }

        @Test
        void skipsPresenceUpdatedOnlyWhenNowhere() {
            assertThat(V1.nextQuestion("presence", answers(Map.of("presence", List.of("nowhere")))))
                    .map(Question::id).contains("customers_online");
            assertThat(V1.nextQuestion("presence", answers(Map.of("presence", List.of("site", "social")))))
                    .map(Question::id).contains("presence_updated");
        }

        @Test
        void endsTheQuestionsForAnIndividualOrALargeCompany() {
            assertThat(V1.nextQuestion("role", answers(Map.of("role", List.of("individual"))))).isEmpty();
            assertThat(V1.nextQuestion("headcount", answers(Map.of("role", List.of("owner"), "headcount", List.of("large")))))
                    .isEmpty();
        }

        @Test
        void endsAfterTheLastDiagnosticQuestion() {
            assertThat(V1.nextQuestion("obstacles", Answers.none())).isEmpty();
        }
    }

    private static Answers answers(Map<String, List<String>> values) {
        return new Answers(values);
    }
}
