package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * A browser-like visitor of the dashboard for WebTestClient tests: keeps the session cookie and
 * sends the CSRF token of the last page, as the real forms do.
 */
final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final WebTestClient client;
    private String session;

    /** Pages may be slow on a busy build machine the first time (templates are compiled on first use). */
    Visitor(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Signs in through the form and checks it worked. */
    static Visitor signedIn(WebTestClient client, String username, String password) {
        Visitor visitor = new Visitor(client);
        String location = visitor.signIn(username, password);
        assertThat(location).as("where the sign-in leads").doesNotContain("error").contains("/dashboard");
        return visitor;
    }

    /** Sends the login form; returns where it redirects to. */
    String signIn(String username, String password) {
        String page = page("/dashboard/login");
        return post("/dashboard/login", Map.of("username", username, "password", password), page)
                .expectStatus().is3xxRedirection()
                .returnResult(String.class).getResponseHeaders().getLocation().toString();
    }

    WebTestClient.ResponseSpec get(String uri) {
        return remember(client.get().uri(uri).headers(this::cookie).exchange());
    }

    /** A page that must answer 200; its HTML. */
    String page(String uri) {
        return get(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** Posts a form with the CSRF token found in {@code fromPage}. */
    WebTestClient.ResponseSpec post(String uri, Map<String, String> fields, String fromPage) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        Matcher token = CSRF.matcher(fromPage);
        if (token.find()) {
            form.add("_csrf", token.group(1));
        }
        return remember(client.post().uri(uri).headers(this::cookie).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange());
    }

    private void cookie(HttpHeaders headers) {
        if (session != null) {
            headers.add(HttpHeaders.COOKIE, "SESSION=" + session);
        }
    }

    private WebTestClient.ResponseSpec remember(WebTestClient.ResponseSpec response) {
        return response.expectHeader().values(HttpHeaders.SET_COOKIE, cookies -> {
            if (cookies != null) {
                cookies.stream().map(cookie -> cookie.split(";", 2)[0].strip())
                        .filter(pair -> pair.startsWith("SESSION="))
                        .findFirst().ifPresent(pair -> session = pair.substring("SESSION=".length()));
            }
        });
    }
}
