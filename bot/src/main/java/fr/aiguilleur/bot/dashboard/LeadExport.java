package fr.aiguilleur.bot.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The lead list, with the same filters, as a CSV file to open in a spreadsheet. */
@Controller
class LeadExport {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DashboardUsers users;
    private final LeadDesk desk;
    private final Labels labels;
    private final Clock clock;

    LeadExport(DashboardUsers users, LeadDesk desk, Labels labels, Clock clock) {
        this.users = users;
        this.desk = desk;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/dashboard/leads.csv")
    Mono<ResponseEntity<byte[]>> export(Principal principal, @RequestParam Map<String, String> query) {
        Viewer viewer = LeadPages.viewer(users, principal);
        LeadFilter filter = LeadFilter.of(query);
        var csv = new LeadCsv(labels, desk::follower);
        return desk.blocking(() -> csv.write(desk.visible(viewer).stream().filter(filter::matches).toList()))
                .map(file -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("demandes-" + LocalDate.now(clock.withZone(LeadFilter.ZONE)) + ".csv")
                                .build().toString())
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(file.getBytes(StandardCharsets.UTF_8)));
    }
}
