package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a signed-in coordinator does with a lead: read it, move it along, note it, export the list. */
@DashboardTest
class LeadWorkTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    private Lead saved(Lead lead) {
        leads.save(lead);
        return lead;
    }

    private Visitor alice() {
        return Visitor.signedIn(client, "alice", "alice-secret");
    }

    @Nested
    class Detail {

        @Test
        void showsTheWholeFileOfALead() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            String page = alice().page("/dashboard/leads/" + lead.id());
            assertThat(page).contains("Gaspard", "+33612345678", "33210", "Démarches administratives", "70/100, fort",
                    "Vos démarches en ligne sont compliquées.", "salon-2026", "Site web", "questionnaire v1",
                    "rules-abc123", "Nouvelle", "Aucun : à rappeler", "Alice");
        }

        @Test
        void escapesTypedTextInsteadOfRunningIt() {
            Lead lead = saved(SampleLeads.from("<script>alert(1)</script>", "33210"));
            String page = alice().page("/dashboard/leads/" + lead.id());
            assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
            assertThat(page).contains("Vos clients ne vous trouvent pas &lt;en ligne&gt;.");
            assertThat(alice().page("/dashboard/leads")).doesNotContain("<script>alert(1)");
        }
    }

    @Nested
    class StatusChanges {

        @Test
        void movesALeadAlongTheWorkflowInTheNameOfTheCoordinator() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            Visitor alice = alice();
            String page = alice.page("/dashboard/leads/" + lead.id());
            assertThat(page).contains("value=\"CONTACTED\"", "value=\"CANCELLED\"");
            alice.post("/dashboard/leads/" + lead.id() + "/status", Map.of("status", "CONTACTED"), page)
                    .expectStatus().is3xxRedirection();
            Lead moved = leads.find(lead.id()).orElseThrow();
            assertThat(moved.status()).isEqualTo(LeadStatus.CONTACTED);
            assertThat(moved.history()).last().satisfies(change -> {
                assertThat(change.from()).isEqualTo(LeadStatus.NEW);
                assertThat(change.by()).isEqualTo("alice");
            });
            assertThat(alice.page("/dashboard/leads/" + lead.id())).contains("Contactée", "par alice");
        }

        @Test
        void refusesAChangeTheWorkflowForbidsWithAFrenchMessage() {
            Lead lead = saved(SampleLeads.lead("Gaspard", "33210", null, LeadStatus.CLOSED, Instant.now()));
            Visitor alice = alice();
            String page = alice.page("/dashboard/leads/" + lead.id());
            assertThat(page).contains("Ce statut est définitif.");
            alice.post("/dashboard/leads/" + lead.id() + "/status", Map.of("status", "CONTACTED"), page)
                    .expectStatus().isEqualTo(409)
                    .expectBody(String.class).value(body -> assertThat(body).contains("ne change plus"));
            assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.CLOSED);
        }

        @Test
        void refusesAnUnknownStatusKindly() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            Visitor alice = alice();
            String page = alice.page("/dashboard/leads/" + lead.id());
            alice.post("/dashboard/leads/" + lead.id() + "/status", Map.of("status", "<b>DONE</b>"), page)
                    .expectStatus().isEqualTo(409)
                    .expectBody(String.class).value(body -> assertThat(body).contains("Choisissez l&#39;un des statuts"));
        }

        @Test
        void refusesAFormWithoutItsCsrfToken() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            alice().post("/dashboard/leads/" + lead.id() + "/status", Map.of("status", "CONTACTED"), "no token here")
                    .expectStatus().isForbidden();
            assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.NEW);
        }
    }

    @Nested
    class Notes {

        @Test
        void addsANoteSignedByTheCoordinator() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            Visitor alice = alice();
            String page = alice.page("/dashboard/leads/" + lead.id());
            alice.post("/dashboard/leads/" + lead.id() + "/notes", Map.of("text", "Rappelé <lundi> & ok"), page)
                    .expectStatus().is3xxRedirection();
            assertThat(leads.find(lead.id()).orElseThrow().notes()).singleElement().satisfies(note -> {
                assertThat(note.text()).isEqualTo("Rappelé <lundi> & ok");
                assertThat(note.author()).isEqualTo("alice");
            });
            assertThat(alice.page("/dashboard/leads/" + lead.id())).contains("Rappelé &lt;lundi&gt; &amp; ok");
        }

        @Test
        void refusesAnEmptyNoteWithAFrenchMessage() {
            Lead lead = saved(SampleLeads.from("Gaspard", "33210"));
            Visitor alice = alice();
            String page = alice.page("/dashboard/leads/" + lead.id());
            alice.post("/dashboard/leads/" + lead.id() + "/notes", Map.of("text", "   "), page)
                    .expectStatus().isEqualTo(409)
                    .expectBody(String.class).value(body -> assertThat(body).contains("La note est vide"));
            assertThat(leads.find(lead.id()).orElseThrow().notes()).isEmpty();
        }
    }

    @Nested
    class ListAndExport {

        @Test
        void filtersTheListByStatusAndSearch() {
            Lead contacted = saved(SampleLeads.lead("Hortense", "33400", null, LeadStatus.CONTACTED, Instant.now()));
            Lead fresh = saved(SampleLeads.from("Hippolyte", "33400"));
            Visitor alice = alice();
            assertThat(alice.page("/dashboard/leads?status=CONTACTED&q=33400"))
                    .contains(contacted.id()).doesNotContain(fresh.id());
            assertThat(alice.page("/dashboard/leads?q=hippo")).contains(fresh.id()).doesNotContain(contacted.id());
        }

        @Test
        void exportsTheFilteredListAsASpreadsheetFile() {
            Lead mine = saved(SampleLeads.from("=HYPERLINK(\"x\")", "33170"));
            Lead theirs = saved(SampleLeads.from("Pauline", "75011"));
            byte[] file = alice().get("/dashboard/leads.csv?q=33170").expectStatus().isOk()
                    .expectHeader().contentType("text/csv;charset=UTF-8")
                    .expectHeader().value(HttpHeaders.CONTENT_DISPOSITION,
                            value -> assertThat(value).startsWith("attachment").contains(".csv"))
                    .expectBody().returnResult().getResponseBody();
            String csv = new String(file, StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFDate;Prénom;Statut;");
            assertThat(csv.split("\r\n")).hasSize(2);
            assertThat(csv).contains(";\"'=HYPERLINK(\"\"x\"\")\";", mine.id()).doesNotContain(theirs.id());
        }
    }
}
