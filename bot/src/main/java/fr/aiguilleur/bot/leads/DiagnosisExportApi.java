package fr.aiguilleur.bot.leads;

import fr.aiguilleur.conversations.leads.DiagnosisExport;
import fr.aiguilleur.conversations.leads.Diagnoses;
import java.io.StringWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The stored anonymised diagnoses as JSON lines ({@link DiagnosisExport}), the input of the rule
 * authors' {@code impact} command. Under {@code /dashboard/}, which only signed-in administrators
 * reach.
 */
@RestController
class DiagnosisExportApi {

    static final String PATH = "/dashboard/api/diagnoses.jsonl";
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final Diagnoses diagnoses;

    DiagnosisExportApi(Diagnoses diagnoses) {
        this.diagnoses = diagnoses;
    }

    @GetMapping(path = PATH, produces = "application/x-ndjson")
    Mono<ResponseEntity<String>> export() {
        return Mono.fromCallable(() -> {
            var lines = new StringWriter();
            DiagnosisExport.write(diagnoses.all(), lines);
            return ResponseEntity.ok().contentType(NDJSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnoses.jsonl\"")
                    .body(lines.toString());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
