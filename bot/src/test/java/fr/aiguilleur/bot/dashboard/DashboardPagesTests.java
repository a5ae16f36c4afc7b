package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.checkin.VisitAskedLater;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every dashboard template rendered by the server with real models, as the coordinator gets it:
 * French only, no key shown instead of a text, nothing of the authors' detail in the reading order.
 */
@DashboardTest
@ExtendWith(OutputCaptureExtension.class)
class DashboardPagesTests {

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    @Autowired
    Diagnoses diagnoses;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Diagnostician diagnostician;

    @Autowired
    RulesInUse rules;

    private Lead saved(Lead lead) {
        leads.save(lead);
        return lead;
    }

    private static void readable(String page) {
        assertThat(page).doesNotContain("??", "#{", "Oups").doesNotContainPattern("[^/]dashboard\\.[a-z-]+");
    }

    @Test
    void rendersTheLoginPageInFrench() {
        String page = new Visitor(client).page("/dashboard/login");
        readable(page);
        assertThat(page).contains("Identifiant", "Mot de passe", "Se connecter");
    }

    @Test
    void rendersTheListForEachRole() {
        Lead lead = saved(SampleLeads.from("Anatole", "33310"));
        for (Visitor visitor : new Visitor[] {Visitor.signedIn(client, "alice", "alice-secret"),
                Visitor.signedIn(client, "admin", "admin-secret")}) {
            String page = visitor.page("/dashboard/leads?q=Anatole");
            readable(page);
            assertThat(page).contains("Demandes de visite", "Anatole", "Priorité haute", "1 demande(s) sur");
            assertThat(visitor.page("/dashboard/leads?q=nobody-at-all")).contains("Aucune demande ne correspond.");
        }
        assertThat(Visitor.signedIn(client, "bruno", "bruno-secret").page("/dashboard/leads"))
                .doesNotContain(lead.id());
    }

    @Nested
    class TheLeadPage {

        @Test
        void briefsTheVisitWithTheThreeMainPointsMostPointsFirst() {
            Lead lead = saved(SampleLeads.from("Berthe", "33210"));
            String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads/" + lead.id());
            readable(page);
            assertThat(page).contains("À aborder pendant la visite",
                    "Vos démarches en ligne sont compliquées. (Démarches administratives)");
            assertThat(page.indexOf("Vos démarches en ligne sont compliquées. (Démarches"))
                    .isLessThan(page.indexOf("Vos clients ne vous trouvent pas &lt;en ligne&gt;. (Présence"));
        }

        @Test
        void listsTheAnswersInQuestionnaireOrderWithShortLabels() {
            Lead lead = saved(SampleLeads.from("Casimir", "33210"));
            diagnoses.record(SampleLeads.storedDiagnosisOf(lead));
            String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads/" + lead.id());
            String answers = page.substring(page.indexOf("class=\"answers\""));
            assertThat(answers).containsSubsequence("Rôle", "Activité", "Démarches en ligne", "Présence sur internet",
                    "Sauvegarde");
            assertThat(answers).contains("Artisanat");
        }

        @Test
        void keepsRuleNamesInTheAuthorsDetailOnly() {
            Lead lead = saved(SampleLeads.from("Delphine", "33210"));
            String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads/" + lead.id());
            int authors = page.indexOf("<details class=\"card authors\"");
            assertThat(authors).isPositive();
            assertThat(page.substring(0, authors)).doesNotContain("démarches difficiles", "30 points");
            assertThat(page.substring(authors)).contains("Règle « démarches difficiles »", "30 points");
        }

        @Test
        void showsTheResultCardOfThePerson() {
            Lead lead = saved(SampleLeads.from("Eugène", "33210"));
            Visitor alice = Visitor.signedIn(client, "alice", "alice-secret");
            assertThat(alice.page("/dashboard/leads/" + lead.id())).contains("/dashboard/leads/" + lead.id()
                    + "/card.png");
            alice.get("/dashboard/leads/" + lead.id() + "/card.png").expectStatus().isOk()
                    .expectHeader().contentType("image/png");
            Visitor.signedIn(client, "bruno", "bruno-secret").get("/dashboard/leads/" + lead.id() + "/card.png")
                    .expectStatus().isNotFound();
        }

        @Test
        void showsANoticeOnlyAfterAnActionAndOnce() {
            Lead lead = saved(SampleLeads.from("Firmin", "33210"));
            Visitor alice = Visitor.signedIn(client, "alice", "alice-secret");
            String page = alice.page("/dashboard/leads/" + lead.id());
            assertThat(page).doesNotContain("enregistré");
            alice.post("/dashboard/leads/" + lead.id() + "/notes", Map.of("text", "Vu au salon"), page)
                    .expectStatus().is3xxRedirection();
            assertThat(alice.page("/dashboard/leads/" + lead.id())).contains("Note enregistrée.");
            assertThat(alice.page("/dashboard/leads/" + lead.id())).doesNotContain("Note enregistrée.");
        }

        @Test
        void showsThePlacesChosenForThePersonWithAllTheyNeedToGoThere() {
            Lead lead = saved(SampleLeads.withPlaces("Gaston", "48300", List.of(
                    SampleLeads.place("Espace France Services de Mende", 3.6, false),
                    SampleLeads.place("Médiathèque <de> Langogne", 11.2, false))));
            String page = Visitor.signedIn(client, "admin", "admin-secret").page("/dashboard/leads/" + lead.id());
            readable(page);
            String places = page.substring(page.indexOf("id=\"places\""), page.indexOf("Réponses</h2>"));
            assertThat(places).containsSubsequence("Lieux proposés à la personne",
                    "Espace France Services de Mende", "à 4 km, aide aux démarches administratives, gratuit",
                    "2 rue de l&#39;Épine, 48000 Mende", "https://www.openstreetmap.org/?mlat=44.5181",
                    "Ouvert aujourd&#39;hui, de 0h00 à", "href=\"tel:04 66 00 00 00\"",
                    "href=\"https://rdv.example.org/mende\"", "Prendre rendez-vous en ligne", "Gratuit",
                    "Données du", "02/04/2026",
                    "Médiathèque &lt;de&gt; Langogne", "à 11 km, aide aux démarches administratives, gratuit");
            assertThat(places).doesNotContain("Administrative need", "pas réels");
            assertThat(page.substring(page.indexOf("<details class=\"card authors\"")))
                    .contains("Lieu « Espace France Services de Mende » : règle « Administrative need (not autonomous) »");
        }

        @Test
        void marksPlacesOfThePackagedSampleAsNotReal() {
            Lead lead = saved(SampleLeads.withPlaces("Hortense", "48300",
                    List.of(SampleLeads.place("Maison France Services (exemple)", 5, true))));
            String page = Visitor.signedIn(client, "admin", "admin-secret").page("/dashboard/leads/" + lead.id());
            readable(page);
            assertThat(page).contains("Maison France Services (exemple)",
                    "ces lieux viennent des données d&#39;exemple livrées avec Aiguilleur, ils ne sont pas réels");
        }

        @Test
        void saysSoWhenNoPlaceWasChosen() {
            Lead lead = saved(SampleLeads.from("Isidore", "33210"));
            String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/leads/" + lead.id());
            readable(page);
            assertThat(page).contains("Lieux proposés à la personne", "Aucun lieu proposé")
                    .doesNotContain("class=\"place\"", "pas réels");
        }

        @Test
        void briefsTheVisitAPersonAskedForWhenFollowedUp() {
            await().atMost(Duration.ofSeconds(60)).until(() -> rules.ready().isPresent());
            Answers answers = new Answers(Map.of("role", List.of("owner"), "sector", List.of("services"),
                    "headcount", List.of("solo"), "postcode", List.of("69003"), "customers_online", List.of("never"),
                    "presence", List.of("site"), "presence_updated", List.of("no")));
            CheckIn checkIn = CheckIn.agreed(new DialogueEvent.FollowUpAccepted("checkin-" + System.nanoTime(),
                    Samples.newConversationId(), Channel.TELEGRAM, "fr", answers, diagnostician.diagnose(answers),
                    null, Samples.NOW));
            Lead asked = saved(new VisitAskedLater(diagnostician, leads).lead(checkIn, answers, Samples.NOW));
            String page = Visitor.signedIn(client, "admin", "admin-secret").page("/dashboard/leads/" + asked.id());
            readable(page);
            assertThat(page).contains("Sans prénom", "suivi", "À aborder pendant la visite", "Telegram");
        }

        @Test
        void rendersALeadWithoutDiagnosisNorAnswers() {
            Lead bare = new Lead("bare-" + System.nanoTime(), Samples.newConversationId(), null, null, null, null,
                    null, null, null, "33000", "33", (Diagnosis) null, null, null, null, false, LeadStatus.NEW);
            saved(bare);
            String page = Visitor.signedIn(client, "admin", "admin-secret").page("/dashboard/leads/" + bare.id());
            readable(page);
            assertThat(page).contains("Sans prénom", "ne sont plus gardées").doesNotContain("À aborder");
        }
    }

    @Nested
    class Erasure {

        @Test
        void letsAnAdminEraseAPersonOnceConfirmedWithAnAuditLineNamingNoOne(CapturedOutput log) {
            Lead lead = saved(SampleLeads.from("Gontran", "33210"));
            diagnoses.record(SampleLeads.storedDiagnosisOf(lead));
            checkIns.add(CheckIn.agreed(new DialogueEvent.FollowUpAccepted("checkin-" + lead.id(),
                    lead.conversationId(), lead.channel(), "fr", Answers.none(), lead.diagnosis(), lead.id(),
                    lead.createdAt())));
            Visitor admin = Visitor.signedIn(client, "admin", "admin-secret");
            String page = admin.page("/dashboard/leads/" + lead.id());
            assertThat(page).contains("Effacer cette personne");
            admin.post("/dashboard/leads/" + lead.id() + "/erase", Map.of(), page).expectStatus().isEqualTo(409)
                    .expectBody(String.class).value(body -> assertThat(body).contains("Cochez la case"));
            assertThat(leads.find(lead.id())).isPresent();

            admin.post("/dashboard/leads/" + lead.id() + "/erase", Map.of("confirm", "yes"), page)
                    .expectStatus().is3xxRedirection();
            assertThat(leads.find(lead.id())).isEmpty();
            assertThat(diagnoses.all()).noneMatch(d -> d.conversationId().equals(lead.conversationId().value()));
            assertThat(checkIns.find("checkin-" + lead.id())).as("the follow-up agreed to").isEmpty();
            assertThat(admin.page("/dashboard/leads")).contains("La personne a été effacée.");
            assertThat(log.getAll()).contains("lead " + lead.id() + " erased by dashboard user admin");
            assertThat(log.getAll().lines().filter(line -> line.contains("erased by")))
                    .noneMatch(line -> line.contains("Gontran") || line.contains("33210"));
        }

        @Test
        void offersNoErasureToATerritoryCoordinator() {
            Lead lead = saved(SampleLeads.from("Hector", "33210"));
            Visitor alice = Visitor.signedIn(client, "alice", "alice-secret");
            String page = alice.page("/dashboard/leads/" + lead.id());
            assertThat(page).doesNotContain("Effacer cette personne");
            alice.post("/dashboard/leads/" + lead.id() + "/erase", Map.of("confirm", "yes"), page)
                    .expectStatus().isNotFound();
            assertThat(leads.find(lead.id())).isPresent();
        }
    }

    @Test
    void tellsThePersonAtBookingHowLongTheConfiguredRetentionKeepsTheirLead() {
        var person = new fr.aiguilleur.bot.support.ChatVisitor(client)
                .answers(DashboardBrowserTests.bookingAnswers("Jeanne"));
        assertThat(String.join("\n", person.said())).contains("gardés 18 mois après notre dernier échange")
                .doesNotContain("12 mois");
    }

    @Test
    void rendersTheIndicatorsDropOffFirstWithThePeriodSaid() {
        String page = Visitor.signedIn(client, "alice", "alice-secret").page("/dashboard/indicators?from=2026-05-01");
        readable(page);
        assertThat(page).containsSubsequence("Abandons par question", "Parcours", "Besoins");
        assertThat(page).contains("Période : depuis le 01/05/2026", "/dashboard/indicators.csv?from=2026-05-01");
    }

    @Test
    void answersAMissingPageWithALinkBackToTheRequests() {
        Visitor alice = Visitor.signedIn(client, "alice", "alice-secret");
        String page = alice.get("/dashboard/leads/nobody").expectStatus().isNotFound().expectBody(String.class)
                .returnResult().getResponseBody();
        assertThat(page).contains("Cette page n'existe pas.", "href=\"/dashboard/leads\"", "Revenir aux demandes")
                .doesNotContain("conversation");
    }

    @Test
    void exportsThePlacesChosenForEachLeadOnePerLineInTheirCell() {
        Lead lead = saved(SampleLeads.withPlaces("Jules", "48300", List.of(
                SampleLeads.place("Espace France Services de Mende", 3.6, false),
                SampleLeads.place("Médiathèque de Langogne", 11.2, false))));
        saved(SampleLeads.from("Jules", "33210"));
        byte[] file = Visitor.signedIn(client, "admin", "admin-secret").get("/dashboard/leads.csv?q=Jules")
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        String csv = new String(file, StandardCharsets.UTF_8);
        String line = csv.substring(csv.indexOf("Jules;Nouvelle;48300"), csv.indexOf(lead.id()));
        assertThat(line).contains(";\"Espace France Services de Mende (4 km)\nMédiathèque de Langogne (11 km)\";");
        assertThat(csv).contains("Jules;Nouvelle;33210;");
    }

    @Test
    void exportsEachLeadWithItsHistoryNotesAndDatedSlot() {
        Lead lead = saved(SampleLeads.lead("Irène", "33260", null, LeadStatus.NEW, Instant.parse("2026-05-12T09:30:00Z"))
                .withSlot(Samples.slot())
                .moveTo(LeadStatus.CONTACTED, "alice", Instant.parse("2026-05-13T08:00:00Z"))
                .withNote("alice", "=Rappeler", Instant.parse("2026-05-13T08:05:00Z")));
        byte[] file = Visitor.signedIn(client, "admin", "admin-secret").get("/dashboard/leads.csv?q=33260")
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).contains(";Historique des statuts;Notes;Dernier changement;Identifiant\r\n");
        assertThat(csv).contains(";Lieux proposés;Contact par;");
        assertThat(csv).contains("12/05/2026 11:30;Irène;Contactée;", ";19/05/2026 09:00;",
                "13/05/2026 10:00 Contactée (alice)", "13/05/2026 10:05 alice : =Rappeler", ";13/05/2026 10:05;",
                lead.id());
    }
}
