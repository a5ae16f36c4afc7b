package fr.aiguilleur.bot.dashboard;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Spring Security's web filter, run only for requests to the paths the dashboard's chain guards.
 * Requests elsewhere match no chain anyway; they skip the filter's firewall, chain lookup and
 * observations, which cost the busiest paths (the Telegram webhook, the web chat) more than their
 * own work. Guarded or not is decided by the very patterns the chain is matched with.
 */
final class SecurityOnGuardedPaths implements WebFilter, Ordered {

    private final WebFilter security;
    private final List<PathPattern> guarded;

    SecurityOnGuardedPaths(WebFilter security, List<PathPattern> guarded) {
        this.security = security;
        this.guarded = List.copyOf(guarded);
    }

    /** Patterns parsed as Spring Security parses those of {@code pathMatchers}. */
    static List<PathPattern> patterns(String... paths) {
        return List.of(paths).stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    /** The chain's own matcher, on the same patterns: any method, path within the application. */
    static ServerWebExchangeMatcher matcher(List<PathPattern> guarded) {
        return new OrServerWebExchangeMatcher(guarded.stream()
                .<ServerWebExchangeMatcher>map(PathPatternParserServerWebExchangeMatcher::new).toList());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return isGuarded(exchange) ? security.filter(exchange, chain) : chain.filter(exchange);
    }

    boolean isGuarded(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : guarded) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** Where Spring Security puts its filter among the others ({@code WebFluxSecurityConfiguration}'s order). */
    @Override
    public int getOrder() {
        return -100;
    }
}
