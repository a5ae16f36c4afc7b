package fr.aiguilleur.bot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.bot.support.OperationsTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

@OperationsTest
class PrometheusTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebTestClient client;

    @Test
    void sendsVisitorsWhoAreNotSignedInAsAdminToTheSignIn() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/dashboard/login"));
        String alice = signIn("alice", "alice-secret");
        client.get().uri("/actuator/prometheus").header(HttpHeaders.COOKIE, "SESSION=" + alice).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void showsEachMeterOfTheServiceAfterAConversation() {
        var answers = new LinkedHashMap<>(Personas.named("boulangere-seule-demarches-difficiles").answers());
        new ChatVisitor(client).taps("consent", "yes").answers(answers).taps("visit_offer", "accept")
                .taps("availability", "early").taps("availability", "done").taps("visit_format", "onsite")
                .types("Martine").taps("contact_channel", "phone").types("06 12 34 56 78")
                .taps("confirm", "yes");
        client.post().uri("/dashboard/login").header("X-Forwarded-For", "192.0.2.99").exchange();

        String metrics = client.mutate().responseTimeout(Duration.ofSeconds(30))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").header(HttpHeaders.COOKIE, "SESSION=" + signIn("admin", "admin-secret"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains(
                "aiguilleur_turns_seconds_count{channel=\"web\",outcome=\"ok\"}",
                "aiguilleur_turns_seconds_bucket{",
                "aiguilleur_diagnoses_total{decision=\"book_visit\"}",
                "aiguilleur_leads_total{event=\"confirmed\"}",
                "aiguilleur_rules_reloads_total",
                "aiguilleur_rules_reload_failures_total",
                "aiguilleur_limits_refused_total{limit=\"conversations-per-address\"}",
                "aiguilleur_dashboard_login_failures_total");
        assertThat(value(metrics, "aiguilleur_diagnoses_total\\{decision=\"book_visit\"}")).isPositive();
        assertThat(value(metrics, "aiguilleur_leads_total\\{event=\"confirmed\"}")).isPositive();
        assertThat(metrics).as("no personal data in the metrics").doesNotContain("Martine", "06 12 34 56 78");
    }

    private static double value(String metrics, String name) {
        Matcher found = Pattern.compile("(?m)^" + name + " ([0-9.E+-]+)$").matcher(metrics);
        assertThat(found.find()).as(name).isTrue();
        return Double.parseDouble(found.group(1));
    }

    /** Signs in through the form; the session cookie. */
    private String signIn(String username, String password) {
        var page = client.get().uri("/dashboard/login").header("X-Forwarded-For", "192.0.2.1").exchange()
                .expectStatus().isOk().returnResult(String.class);
        String session = cookie(page.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
        Matcher token = CSRF.matcher(String.join("", page.getResponseBody().collectList().block()));
        assertThat(token.find()).isTrue();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", username);
        form.add("password", password);
        form.add("_csrf", token.group(1));
        var signedIn = client.post().uri("/dashboard/login").header(HttpHeaders.COOKIE, "SESSION=" + session)
                .header("X-Forwarded-For", "192.0.2.1")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().is3xxRedirection().returnResult(String.class);
        assertThat(signedIn.getResponseHeaders().getLocation().toString()).doesNotContain("error", "wait");
        String renewed = cookie(signedIn.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
        return renewed != null ? renewed : session;
    }

    private static String cookie(List<String> cookies) {
        return cookies == null ? null : cookies.stream().map(cookie -> cookie.split(";", 2)[0].strip())
                .filter(pair -> pair.startsWith("SESSION=")).map(pair -> pair.substring("SESSION=".length()))
                .findFirst().orElse(null);
    }
}
