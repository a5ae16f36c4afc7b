package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.leads.Diagnoses;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.leads.StoredDiagnosis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every dashboard page as a coordinator gets it, in headless Chromium through the running service:
 * for each role (admin, territory coordinator), with data and with none, the list with each
 * filter, a lead, the indicators for each period (desktop and phone), the CSV files, the JSON
 * export and a page that does not exist; the follow-up outcomes with check-ins of every status,
 * and with none. No page is the error page, and the log has no ERROR line.
 * Screenshots go to {@code target/dashboard-walk/} for a person to look at.
 */
@DashboardTest
@ExtendWith(OutputCaptureExtension.class)
class DashboardWalkTests {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    @Autowired
    Diagnoses diagnoses;

    @Autowired
    CheckIns checkIns;

    private DashboardBrowser browser;

    @BeforeAll
    static void needsChromium() {
        DashboardBrowser.assumeInstalled();
    }

    @BeforeEach
    void startBrowser() {
        browser = new DashboardBrowser(port);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    static Stream<Arguments> rolesAndData() {
        return Stream.of(Arguments.of("admin", "admin-secret", true), Arguments.of("admin", "admin-secret", false),
                Arguments.of("alice", "alice-secret", true), Arguments.of("alice", "alice-secret", false));
    }

    @ParameterizedTest(name = "{0}, with data: {2}")
    @MethodSource("rolesAndData")
    void showsEveryPageWithoutAnErrorForEachRoleWithAndWithoutData(String username, String password, boolean data,
            CapturedOutput log) {
        Lead lead = data ? withData() : withoutData();
        String shots = username + "-" + (data ? "data" : "empty");
        browser.signIn(username, password);

        for (String filter : List.of("", "?status=NEW", "?departement=33", "?priority=HIGH", "?need=ADMINISTRATIVE",
                "?from=2026-01-01&to=2026-12-31", "?q=Gaspard", "?status=nonsense&from=yesterday")) {
            browser.open("/dashboard/leads" + filter, shots + "-leads" + filter.length());
            assertThat(browser.heading()).as("list " + filter).isEqualTo("Demandes de visite");
            if (filter.isEmpty()) {
                assertThat(browser.texts(".lead-row .first-name")).as("the whole list")
                        .isEqualTo(!data ? List.of() : username.equals("admin") ? List.of("Bertille", "Gaspard")
                                : List.of("Gaspard"));
            }
        }
        if (data) {
            browser.open("/dashboard/leads/" + lead.id(), shots + "-lead");
            assertThat(browser.text("#lead-name")).isEqualTo("Gaspard");
            assertThat(browser.page()).contains("À aborder pendant la visite", "Réponses");
        }
        for (String period : List.of("", "?from=2026-05-01&to=2026-05-31", "?from=2026-05-01", "?to=2026-05-31",
                "?days=30", "?days=365", "?from=garbage")) {
            browser.open("/dashboard/indicators" + period, shots + "-indicators" + period.length());
            assertThat(browser.heading()).as("indicators " + period).isEqualTo("Indicateurs");
            assertThat(browser.texts(".chart h2")).as("indicators " + period)
                    .startsWith("Abandons par question", "Parcours");
            assertThat(browser.text("#followup h2")).isEqualTo("Suivi quelques semaines après");
        }
        browser.open("/dashboard/indicators?from=2026-05-01&to=2026-05-31", shots + "-indicators-may");
        browser.scrollTo("#followup", shots + "-followup");
        if (data) {
            assertThat(browser.text("#followup .sent")).as("follow-ups sent in May, in the viewer's territories")
                    .isEqualTo(username.equals("admin") ? "5" : "3");
            assertThat(browser.texts("#followup .by-territory tbody th")).isEqualTo(username.equals("admin")
                    ? List.of("33", "75", "inconnu") : List.of("33"));
        } else {
            assertThat(browser.text("#followup")).contains("Aucun suivi envoyé sur cette période.");
        }
        browser.phone();
        browser.open("/dashboard/indicators", shots + "-indicators-phone");
        assertThat(browser.fitsTheWidth()).as("no sideways scrolling on a phone").isTrue();
        browser.open("/dashboard/indicators?from=2026-05-01&to=2026-05-31", shots + "-indicators-may-phone");
        browser.scrollTo("#followup", shots + "-followup-phone");
        if (data) {
            browser.scrollTo("#followup .by-service", shots + "-followup-tables-phone");
        }
        assertThat(browser.fitsTheWidth()).as("the follow-up tables scroll within the page on a phone").isTrue();
        browser.desktop();

        assertThat(browser.fetch("/dashboard/leads.csv")).startsWith("200|Date;");
        assertThat(browser.fetch("/dashboard/indicators.csv")).startsWith("200|Indicateur;");
        assertThat(browser.fetch("/dashboard/api/diagnoses.jsonl")).as("the JSON export is for admins")
                .startsWith(username.equals("admin") ? "200|" : "403|");

        for (String missing : List.of("/dashboard/leads/no-such-lead", "/dashboard/no-such-page")) {
            browser.open(missing, shots + "-404-" + missing.length());
            assertThat(browser.page()).contains("Cette page n'existe pas.").doesNotContain("conversation");
            assertThat(browser.links()).contains("/dashboard/leads");
        }
        assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
    }

    /** A lead of the 33 (alice's and the admin's), its diagnosis, a conversation counted in the funnel, check-ins. */
    private Lead withData() {
        withoutData();
        Lead lead = SampleLeads.lead("Gaspard", "33210", null, LeadStatus.NEW, Instant.parse("2026-05-12T09:30:00Z"))
                .withNote("alice", "Rappeler mardi", Instant.parse("2026-05-13T10:00:00Z"));
        leads.save(lead);
        leads.save(SampleLeads.lead("Bertille", "75011", null, LeadStatus.NEW, Instant.parse("2026-05-14T09:30:00Z")));
        diagnoses.record(SampleLeads.storedDiagnosisOf(lead));
        SampleCheckIns.keep(checkIns);
        new ChatVisitor(client).answers(Map.of("consent", "yes", "role", "owner"));
        return lead;
    }

    private Lead withoutData() {
        new ArrayList<>(leads.all()).forEach(lead -> leads.eraseFor(lead.conversationId()));
        List<StoredDiagnosis> made = new ArrayList<>(diagnoses.all());
        made.forEach(d -> diagnoses.eraseFor(new ConversationId(d.conversationId())));
        SampleCheckIns.clear(checkIns);
        return null;
    }
}
