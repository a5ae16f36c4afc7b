package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

/** Which requests go through Spring Security: those of the dashboard, however their path is written. */
class SecurityOnGuardedPathsTests {

    private final List<String> secured = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();
    private final WebFilter security = (exchange, chain) -> {
        secured.add(exchange.getRequest().getURI().getRawPath());
        return Mono.empty();
    };
    private final SecurityOnGuardedPaths filter = new SecurityOnGuardedPaths(security, DashboardSecurity.GUARDED);

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/dashboard/", "/dashboard/leads", "/dashboard/leads/some-id/status",
            "/dashboard/login", "/dashboard/logout", "/dashboard/dashboard.css", "/dashboard/leads.csv",
            "/dashboard/api/anything", "/api/diagnoses/export", "/%64ashboard/leads", "/dashboard;jsessionid=1/leads",
            "/api/diagnoses/%65xport", "/api/diagnoses/export;x=1"})
    void sendsEveryDashboardRequestThroughSecurity(String path) {
        run(path);

        assertThat(secured).containsExactly(path);
        assertThat(passed).isEmpty();
        assertThat(chainMatches(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/chat", "/api/chat/key/messages", "/api/diagnostics", "/api/diagnoses",
            "/api/rules/status", "/telegram/webhook", "/actuator/health", "/chat.css", "/dashboards", "/api/dashboard"})
    void letsEveryOtherRequestPassWithoutSecurity(String path) {
        run(path);

        assertThat(passed).containsExactly(path);
        assertThat(secured).isEmpty();
        assertThat(chainMatches(path)).isFalse();
    }

    private void run(String path) {
        filter.filter(exchange(path), exchange -> {
            passed.add(exchange.getRequest().getURI().getRawPath());
            return Mono.empty();
        }).block();
    }

    /** What the dashboard's chain would say of the request, when it runs. */
    private static boolean chainMatches(String path) {
        return SecurityOnGuardedPaths.matcher(DashboardSecurity.GUARDED).matches(exchange(path)).block().isMatch();
    }

    private static MockServerWebExchange exchange(String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(HttpMethod.POST, URI.create(path)));
    }
}
