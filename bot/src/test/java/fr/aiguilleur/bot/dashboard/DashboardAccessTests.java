package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@DashboardTest
class DashboardAccessTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    private Lead saved(Lead lead) {
        leads.save(lead);
        return lead;
    }

    @Nested
    class WithoutSigningIn {

        @ParameterizedTest
        @ValueSource(strings = {"/dashboard", "/dashboard/leads", "/dashboard/leads/some-id", "/dashboard/leads.csv",
                "/dashboard/indicators", "/dashboard/leads?status=NEW"})
        void sendsEveryPageToTheLoginForm(String page) {
            client.get().uri(page).exchange()
                    .expectStatus().is3xxRedirection()
                    .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/dashboard/login"));
        }

        @Test
        void refusesAFormSentWithoutASession() {
            Lead lead = saved(SampleLeads.from("Agathe", "33210"));
            client.post().uri("/dashboard/leads/" + lead.id() + "/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("status=CONTACTED").exchange()
                    .expectStatus().isForbidden();
            assertThat(leads.find(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.NEW);
        }

        @Test
        void showsTheLoginFormInFrenchWithACsrfToken() {
            String page = new Visitor(client).page("/dashboard/login");
            assertThat(page).contains("Identifiant", "Mot de passe", "Se connecter", "name=\"_csrf\"");
        }

        @Test
        void keepsTheWebChatAndTheDiagnosticsApiOpen() {
            client.get().uri("/").exchange().expectStatus().isOk();
            client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.conversationId").isNotEmpty();
            client.post().uri("/api/diagnostics").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("answers", Map.of("role", "individual"))).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.decision").isEqualTo("REDIRECT");
            client.get().uri("/api/rules/status").exchange().expectStatus().isOk();
            client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
            client.get().uri("/chat.css").exchange().expectStatus().isOk();
        }
    }

    @Nested
    class SigningIn {

        @Test
        void refusesAWrongPassword() {
            var visitor = new Visitor(client);
            assertThat(visitor.signIn("alice", "not-her-password")).endsWith("/dashboard/login?error");
            visitor.get("/dashboard/leads").expectStatus().is3xxRedirection();
            assertThat(visitor.page("/dashboard/login?error")).contains("Identifiant ou mot de passe incorrect");
        }

        @Test
        void refusesACoordinatorWithoutALogin() {
            assertThat(new Visitor(client).signIn("eve", "")).endsWith("/dashboard/login?error");
        }

        @Test
        void opensTheLeadListWithTheRightPassword() {
            var visitor = Visitor.signedIn(client, "alice", "alice-secret");
            assertThat(visitor.page("/dashboard/leads")).contains("Demandes de visite", "alice");
        }

        @Test
        void signsOutAndClosesTheSession() {
            var visitor = Visitor.signedIn(client, "alice", "alice-secret");
            String page = visitor.page("/dashboard/leads");
            visitor.post("/dashboard/logout", Map.of(), page).expectStatus().is3xxRedirection()
                    .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/dashboard/login?logout"));
            visitor.get("/dashboard/leads").expectStatus().is3xxRedirection();
        }

        @Test
        void protectsDashboardPagesWithTheContentSecurityPolicy() {
            var visitor = Visitor.signedIn(client, "alice", "alice-secret");
            visitor.get("/dashboard/leads").expectHeader().value("Content-Security-Policy",
                    policy -> assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        }
    }

    @Nested
    class Territories {

        @Test
        void listsOnlyTheLeadsOfTheCoordinatorsTerritory() {
            Lead gironde = saved(SampleLeads.from("Gaspard", "33210"));
            Lead paris = saved(SampleLeads.from("Pauline", "75011"));
            String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads");
            assertThat(page).contains(gironde.id()).doesNotContain(paris.id(), "Pauline");
        }

        @Test
        void answersNotFoundForAnotherTerritorysLeadByItsAddress() {
            Lead paris = saved(SampleLeads.from("Pauline", "75011"));
            var alice = Visitor.signedIn(client, "alice", "alice-secret");
            alice.get("/dashboard/leads/" + paris.id()).expectStatus().isNotFound()
                    .expectBody(String.class).value(body -> assertThat(body).doesNotContain("Pauline"));
            alice.get("/dashboard/leads/no-such-lead").expectStatus().isNotFound();
        }

        @Test
        void refusesToChangeAnotherTerritorysLead() {
            Lead paris = saved(SampleLeads.from("Pauline", "75011"));
            var alice = Visitor.signedIn(client, "alice", "alice-secret");
            String page = alice.page("/dashboard/leads");
            alice.post("/dashboard/leads/" + paris.id() + "/status", Map.of("status", "CONTACTED"), page)
                    .expectStatus().isNotFound();
            alice.post("/dashboard/leads/" + paris.id() + "/notes", Map.of("text", "vu"), page)
                    .expectStatus().isNotFound();
            assertThat(leads.find(paris.id()).orElseThrow()).satisfies(lead -> {
                assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
                assertThat(lead.notes()).isEmpty();
            });
        }

        @Test
        void followsTheCoordinatorNamedOnTheLeadBeforeItsPlace() {
            Lead given = saved(SampleLeads.lead("Noé", "75011", "gironde", LeadStatus.NEW, java.time.Instant.now()));
            assertThat(Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads/" + given.id()))
                    .contains("Noé");
            Visitor.signedIn(client, "bruno", "bruno-secret").get("/dashboard/leads/" + given.id())
                    .expectStatus().isNotFound();
        }

        @Test
        void keepsTheDiagnosisExportForAdmins() {
            Visitor.signedIn(client, "alice", "alice-secret").get("/dashboard/api/diagnoses.jsonl")
                    .expectStatus().isForbidden();
            Visitor.signedIn(client, "admin", "admin-secret").get("/dashboard/api/diagnoses.jsonl")
                    .expectStatus().isOk();
        }

        @Test
        void letsAnAdminSeeEveryLead() {
            Lead gironde = saved(SampleLeads.from("Gaspard", "33210"));
            Lead paris = saved(SampleLeads.from("Pauline", "75011"));
            var admin = Visitor.signedIn(client, "admin", "admin-secret");
            assertThat(admin.page("/dashboard/leads")).contains(gironde.id(), paris.id());
            assertThat(admin.page("/dashboard/leads/" + paris.id())).contains("Pauline");
        }
    }
}
