package fr.aiguilleur.conversations.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Level;
import fr.aiguilleur.conversations.diagnosis.Priority;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosisExportTests {

    private static final Diagnosis VISIT = new Diagnosis(
            Map.of(Axis.ADMINISTRATIVE, 100, Axis.PRESENCE, 70, Axis.INTERNAL_TOOLS, 60, Axis.STRATEGY, 35),
            Map.of(Axis.ADMINISTRATIVE, Level.HIGH, Axis.PRESENCE, Level.HIGH, Axis.INTERNAL_TOOLS, Level.MEDIUM,
                    Axis.STRATEGY, Level.MEDIUM),
            Level.MEDIUM, Decision.BOOK_VISIT, Priority.HIGH, List.of("france-services"), List.of(), "v1", "abc123");

    private static StoredDiagnosis stored(String conversation) {
        var answers = new Answers(Map.of("role", List.of("owner"), "postcode", List.of("33210"),
                "obstacles", List.of("time", "where_start")));
        return StoredDiagnosis.of(conversation, answers, VISIT, Instant.parse("2026-05-14T09:30:00Z"));
    }

    @Test
    void writesOneJsonObjectPerLineWithTheDocumentedFields() throws Exception {
        var out = new StringWriter();
        DiagnosisExport.write(List.of(stored("web:1"), stored("web:2")), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "recordedAt",
                "departement", "questionnaireVersion", "rulesVersion", "answers", "decision", "priority", "autonomy",
                "scores", "levels", "services");
        assertThat(first.get("recordedAt").asText()).isEqualTo("2026-05-14T09:30:00Z");
        assertThat(first.get("departement").asText()).isEqualTo("33");
        assertThat(first.get("answers").has("postcode")).isFalse();
        assertThat(first.get("answers").get("obstacles").get(1).asText()).isEqualTo("where_start");
        assertThat(first.get("scores").get("ADMINISTRATIVE").asInt()).isEqualTo(100);
        assertThat(first.get("decision").asText()).isEqualTo("BOOK_VISIT");
        assertThat(lines.get(0)).doesNotContain("33210");
    }

    @Test
    void namesEachConversationByAPseudonymThatLeadsBackToNoChat() throws Exception {
        var out = new StringWriter();
        DiagnosisExport.write(List.of(stored("telegram:123456789"), stored("telegram:123456789"), stored("web:2")), out);
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(out.toString()).doesNotContain("123456789").doesNotContain("telegram").doesNotContain("web:2");
        assertThat(lines.get(0).get("id").asText()).matches("[0-9a-f]{12}").isEqualTo(lines.get(1).get("id").asText())
                .isNotEqualTo(lines.get(2).get("id").asText());
        var again = new StringWriter();
        DiagnosisExport.write(List.of(stored("telegram:123456789")), again);
        assertThat(new ObjectMapper().readTree(again.toString()).get("id").asText())
                .as("another export cannot be linked to this one").isNotEqualTo(lines.get(0).get("id").asText());
    }

    @Test
    void readsBackWhatItWroteUnderThePseudonym() {
        var out = new StringWriter();
        DiagnosisExport.write(List.of(stored("web:1")), out);
        StoredDiagnosis read = DiagnosisExport.read(new StringReader(out + "\n\n")).get(0);
        assertThat(read.conversationId()).matches("[0-9a-f]{12}");
        assertThat(read).usingRecursiveComparison().ignoringFields("conversationId").isEqualTo(stored("web:1"));
    }

    @Test
    void namesTheLineThatIsNotADiagnosis() {
        String export = DiagnosisExport.line(stored("web:1"), "0123456789ab") + "\n{not json\n";
        assertThatThrownBy(() -> DiagnosisExport.read(new StringReader(export)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }
}
