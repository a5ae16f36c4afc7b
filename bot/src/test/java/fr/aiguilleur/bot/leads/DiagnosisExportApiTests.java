package fr.aiguilleur.bot.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.leads.DiagnosisExport;
import fr.aiguilleur.conversations.leads.InMemoryDiagnoses;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

class DiagnosisExportApiTests {

    @Test
    void exportsTheStoredDiagnosesAsJsonLinesWithoutPostcodeNorChatId() {
        var diagnoses = new InMemoryDiagnoses();
        var first = Samples.newConversationId();
        diagnoses.record(Samples.storedDiagnosis(first, Samples.NOW));
        diagnoses.record(Samples.storedDiagnosis(Samples.newConversationId(), Samples.NOW.plusSeconds(60)));
        var client = WebTestClient.bindToController(new DiagnosisExportApi(diagnoses)).build();

        String body = client.get().uri(DiagnosisExportApi.PATH).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(DiagnosisExportApi.NDJSON)
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(body.lines()).hasSize(2).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
        assertThat(body).doesNotContain("33210").contains("\"departement\":\"33\"");
        assertThat(body).doesNotContain(first.value()).doesNotContain("telegram:").doesNotContain("conversationId");
        assertThat(DiagnosisExport.read(new StringReader(body))).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "conversationId").isEqualTo(diagnoses.all());
    }
}
