package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.checkin.CheckIns;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The follow-up outcomes on the indicators page and in its CSV, rendered by the server with the
 * check-ins of {@link SampleCheckIns}: as an admin sees them, as a territory coordinator sees
 * them (their territories only), and with none.
 */
@DashboardTest
class FollowUpIndicatorsTests {

    private static final String MAY = "?from=2026-05-01&to=2026-05-31";
    private static final String PERCENT = "\u00a0%";

    @Autowired
    WebTestClient client;

    @Autowired
    CheckIns checkIns;

    @BeforeEach
    void onlyTheSampleCheckIns() {
        SampleCheckIns.clear(checkIns);
        SampleCheckIns.keep(checkIns);
    }

    @AfterEach
    void noCheckInLeftForOtherTests() {
        SampleCheckIns.clear(checkIns);
    }

    private String followUp(String username, String query) {
        String page = Visitor.signedIn(client, username, username + "-secret").page("/dashboard/indicators" + query);
        assertThat(page).doesNotContain("??", "#{", "Oups").doesNotContainPattern("[^/]dashboard\\.[a-z-]+");
        return page.substring(page.indexOf("id=\"followup\""), page.indexOf("</main>"));
    }

    private String csv(String username, String query) {
        byte[] file = Visitor.signedIn(client, username, username + "-secret").get("/dashboard/indicators.csv" + query)
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return new String(file, StandardCharsets.UTF_8);
    }

    @Nested
    class ForAnAdmin {

        @Test
        void showsTheCheckInsSentInThePeriodStepByStepAfterTheOtherIndicators() {
            String page = Visitor.signedIn(client, "admin", "admin-secret").page("/dashboard/indicators" + MAY);
            assertThat(page).containsSubsequence("Abandons par question", "Visites par conseiller",
                    "Suivi quelques semaines après");
            String section = followUp("admin", MAY);
            assertThat(section).contains(
                    "<dd class=\"agreed\">2</dd>", "<dd class=\"sent\">5</dd>",
                    "<dd class=\"reached\">4 (80" + PERCENT + " des suivis envoyés)</dd>",
                    "<dd class=\"went\">2 (50" + PERCENT + " de ceux qui ont répondu)</dd>",
                    "<dd class=\"helped\">1 (50" + PERCENT + " de ceux qui y sont allés)</dd>",
                    "<dd class=\"visits\">1</dd>", "<dd class=\"stopped\">1</dd>")
                    .doesNotContain("Seulement les personnes de vos territoires", "Aucun suivi envoyé");
        }

        @Test
        void explainsTheMeanChangePerNeedNegativeWhenItWentDown() {
            assertThat(followUp("admin", MAY)).contains("Évolution moyenne des besoins",
                    "pour les 2 personne(s) qui ont répondu à nouveau",
                    "Un chiffre négatif veut dire que le besoin a baissé.",
                    "<li>Démarches administratives : -10,0 points</li>").doesNotContain("<li>Présence en ligne");
        }

        @Test
        void tablesTheFiguresByServiceNamedFromTheCatalogueAndByTerritory() {
            String section = followUp("admin", MAY);
            String services = section.substring(section.indexOf("by-service"), section.indexOf("by-territory"));
            assertThat(services).contains("France Services", "URSSAF", "impots.gouv.fr — espace professionnel",
                    "ancien-service").doesNotContain(">france-services<");
            String territories = section.substring(section.indexOf("by-territory"));
            assertThat(territories).contains("<th scope=\"row\">33</th>", "<th scope=\"row\">75</th>",
                    "<th scope=\"row\">inconnu</th>", "Démarches administratives : +10,0 points");
        }

        @Test
        void countsACheckInInThePeriodItWasSentIn() {
            assertThat(followUp("admin", "?from=2026-06-01")).contains("<dd class=\"agreed\">0</dd>",
                    "<dd class=\"sent\">1</dd>");
            assertThat(followUp("admin", "")).contains("<dd class=\"agreed\">7</dd>", "<dd class=\"sent\">6</dd>");
        }

        @Test
        void exportsTheTotalsAndEachServiceAndTerritoryInTheIndicatorsCsv() {
            String csv = csv("admin", MAY);
            assertThat(csv).startsWith("\uFEFFIndicateur;Libellé;Nombre;Détail\r\n").contains(
                    "Suivi quelques semaines après;Accords donnés pendant la période;2;\r\n",
                    "Suivi quelques semaines après;Suivis envoyés;5;\r\n",
                    "Suivi quelques semaines après;Ont répondu;4;80" + PERCENT + " des suivis envoyés\r\n",
                    "Suivi quelques semaines après;Y sont allés;2;50" + PERCENT + " de ceux qui ont répondu\r\n",
                    "Suivi quelques semaines après;Aidés;1;50" + PERCENT + " de ceux qui y sont allés\r\n",
                    "Suivi quelques semaines après;Besoin réévalué;2;\r\n",
                    "Suivi quelques semaines après;Visites demandées;1;\r\n",
                    "Suivi quelques semaines après;« Non merci »;1;\r\n",
                    "Suivi quelques semaines après;Évolution moyenne : Démarches administratives;-10,0;"
                            + "points sur 100, négatif : le besoin a baissé\r\n",
                    "Suivi par service : France Services;Suivis envoyés;2;\r\n",
                    "Suivi par service : ancien-service;Suivis envoyés;1;\r\n",
                    "Suivi par territoire : 75;Y sont allés;1;100" + PERCENT + " de ceux qui ont répondu\r\n",
                    "Suivi par territoire : 75;Aidés;0;0" + PERCENT + " de ceux qui y sont allés\r\n",
                    "Suivi par territoire : inconnu;Ont répondu;0;0" + PERCENT + " des suivis envoyés\r\n",
                    "Suivi par territoire : inconnu;Y sont allés;0;\r\n");
        }
    }

    @Nested
    class ForATerritoryCoordinator {

        @Test
        void showsOnlyTheCheckInsOfTheirTerritoriesAndSaysSo() {
            String section = followUp("alice", MAY);
            assertThat(section).contains("Seulement les personnes de vos territoires.",
                    "<dd class=\"agreed\">2</dd>", "<dd class=\"sent\">3</dd>",
                    "<dd class=\"reached\">3 (100" + PERCENT + " des suivis envoyés)</dd>",
                    "<dd class=\"went\">1 (33" + PERCENT + " de ceux qui ont répondu)</dd>",
                    "<li>Démarches administratives : -30,0 points</li>", "<th scope=\"row\">33</th>",
                    "France Services", "URSSAF");
            assertThat(section).doesNotContain("<th scope=\"row\">75</th>", "inconnu", "impots.gouv.fr",
                    "ancien-service", "+10,0");
        }

        @Test
        void exportsOnlyTheFiguresOfTheirTerritories() {
            String csv = csv("alice", MAY);
            assertThat(csv).contains("Suivi quelques semaines après;Suivis envoyés;3;\r\n",
                    "Suivi par territoire : 33;Suivis envoyés;3;\r\n");
            assertThat(csv).doesNotContain("Suivi par territoire : 75", "Suivi par territoire : inconnu",
                    "impots.gouv.fr", "ancien-service");
        }

        @Test
        void seesTheOtherTerritoryOnlyAsItsOwnCoordinator() {
            assertThat(followUp("bruno", MAY)).contains("<dd class=\"sent\">1</dd>", "<th scope=\"row\">75</th>",
                    "impots.gouv.fr").doesNotContain("<th scope=\"row\">33</th>", "URSSAF");
        }
    }

    @Nested
    class WithNone {

        @Test
        void saysKindlyThatNoFollowUpWentOut() {
            SampleCheckIns.clear(checkIns);
            for (String username : new String[] {"admin", "alice"}) {
                String section = followUp(username, MAY);
                assertThat(section).contains("Suivi quelques semaines après", "<dd class=\"agreed\">0</dd>",
                        "Aucun suivi envoyé sur cette période.")
                        .doesNotContain("class=\"sent\"", "Par service", "Évolution moyenne");
            }
            assertThat(csv("admin", MAY)).contains("Suivi quelques semaines après;Suivis envoyés;0;\r\n",
                    "Suivi quelques semaines après;Ont répondu;0;\r\n").doesNotContain("Suivi par ");
        }

        @Test
        void saysSoInAPeriodWithoutAnyWhenOthersHaveSome() {
            assertThat(followUp("admin", "?to=2026-04-30")).contains("<dd class=\"agreed\">5</dd>",
                    "Aucun suivi envoyé sur cette période.");
        }
    }
}
