package fr.aiguilleur.bot.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.Personas.Persona;
import fr.aiguilleur.conversations.leads.Diagnoses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@BotTest
class DiagnosticsApiTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Diagnoses diagnoses;

    static List<Persona> personas() {
        return Personas.all();
    }

    /** The result as JSON, loosely typed so that every field the API gives can be compared. */
    record Result(Map<String, Integer> scores, Map<String, String> levels, String autonomy, String decision,
            String priority, List<String> services, List<Map<String, Object>> reasons, String questionnaireVersion,
            String rulesVersion) {
    }

    private WebTestClient.ResponseSpec post(Object body) {
        return client.post().uri("/api/diagnostics").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Nested
    class EveryPersona {

        @ParameterizedTest(name = "{0}")
        @MethodSource("fr.aiguilleur.bot.diagnostics.DiagnosticsApiTests#personas")
        void concludesWhatThePersonaExpects(Persona persona) {
            Result result = post(Map.of("answers", persona.answers())).expectStatus().isOk()
                    .expectBody(Result.class).returnResult().getResponseBody();

            var expect = persona.expect();
            assertThat(result.decision()).isEqualTo(expect.get("decision"));
            assertThat(result.services()).isEqualTo(expect.get("services"));
            assertThat(result.reasons()).isNotEmpty();
            assertThat(result.questionnaireVersion()).isEqualTo("v1");
            assertThat(result.rulesVersion()).isNotBlank();
            if (!"REDIRECT".equals(persona.decision())) {
                assertThat(result.scores()).isEqualTo(expect.get("scores"));
                assertThat(result.levels()).isEqualTo(expect.get("levels"));
                assertThat(result.autonomy()).isEqualTo(expect.get("autonomy"));
                assertThat(result.priority()).isEqualTo(expect.get("priority"));
            }
        }
    }

    @Nested
    class BadAnswers {

        @Test
        void namesTheKeyAndTheValidChoices() {
            post(Map.of("answers", Map.of("role", "owner", "headcount", "dozens"))).expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.problems[0].key").isEqualTo("headcount")
                    .jsonPath("$.problems[0].message").value(String.class,
                            message -> assertThat(message).contains("headcount"))
                    .jsonPath("$.problems[0].validChoices").value(List.class,
                            choices -> assertThat(choices).contains("solo", "micro", "small", "large"));
        }

        @Test
        void reportsUnknownQuestion() {
            post(Map.of("answers", Map.of("favourite_colour", "blue"))).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.problems[0].key").isEqualTo("favourite_colour");
        }

        @Test
        void reportsMalformedPostcode() {
            post(Map.of("answers", Map.of("role", "owner", "postcode", "3321"))).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.problems[0].key").isEqualTo("postcode");
        }

        @Test
        void reportsMissingAnswers() {
            post(Map.of("responses", Map.of())).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.problems[0].key").isEqualTo("answers");
        }

        @Test
        void answersMalformedJsonWithPlainMessage() {
            post("{\"answers\": {\"role\": ").expectStatus().isBadRequest()
                    .expectBody(String.class).value(body -> assertThat(body)
                            .contains("JSON").doesNotContain("Exception").doesNotContain("\tat "));
        }

        @Test
        void answersAnswersThatAreNotAnObjectWithPlainMessage() {
            post("{\"answers\": [1, 2]}").expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.message").exists();
        }
    }

    @Test
    void storesNothing() {
        int before = diagnoses.all().size();

        post(Map.of("answers", Personas.named("particulier-pas-une-entreprise").answers())).expectStatus().isOk();

        assertThat(diagnoses.all()).hasSize(before);
    }
}
