package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.limits.Limit;
import fr.aiguilleur.bot.limits.LimitReached;
import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.bot.limits.TrustedProxies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Slows down password guessing on the dashboard's sign-in: each failure is logged (account and
 * address, never the password) and counted per account and per client address; once either has
 * failed too often, a sign-in is refused before any password is checked, with the wait shown.
 * Runs before Spring Security's filter; the same answer whether the account exists or not.
 */
final class LoginThrottle implements WebFilter, ServerAuthenticationFailureHandler, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int LONGEST_NAME = 64;

    private final RateLimits limits;
    private final TrustedProxies proxies;
    private final Counter failures;
    private final ServerAuthenticationFailureHandler failed =
            new RedirectServerAuthenticationFailureHandler(DashboardSecurity.LOGIN + "?error");

    LoginThrottle(RateLimits limits, TrustedProxies proxies, MeterRegistry meters) {
        this.limits = limits;
        this.proxies = proxies;
        this.failures = Counter.builder("aiguilleur.dashboard.login.failures")
                .description("Failed sign-ins to the dashboard").register(meters);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST || !DashboardSecurity.LOGIN.equals(request.getPath().value())) {
            return chain.filter(exchange);
        }
        String address = proxies.clientOf(request);
        return account(exchange)
                .flatMap(account -> Mono.fromRunnable(() -> {
                    limits.checkNow(Limit.LOGIN_FAILURES_PER_ACCOUNT, account, null);
                    limits.checkNow(Limit.LOGIN_FAILURES_PER_ADDRESS, address, null);
                }).subscribeOn(Schedulers.boundedElastic()))
                .then(chain.filter(exchange))
                .onErrorResume(LimitReached.class, reached -> refused(exchange, reached));
    }

    /** After a failed sign-in: logged, counted, back to the form. */
    @Override
    public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException exception) {
        ServerWebExchange exchange = webFilterExchange.getExchange();
        String address = proxies.clientOf(exchange.getRequest());
        return account(exchange)
                .flatMap(account -> Mono.fromRunnable(() -> {
                    LOG.warn("dashboard sign-in failed for account '{}' from {}", account, address);
                    failures.increment();
                    limits.spendNow(Limit.LOGIN_FAILURES_PER_ACCOUNT, account);
                    limits.spendNow(Limit.LOGIN_FAILURES_PER_ADDRESS, address);
                }).subscribeOn(Schedulers.boundedElastic()))
                .then(failed.onAuthenticationFailure(webFilterExchange, exception));
    }

    private Mono<Void> refused(ServerWebExchange exchange, LimitReached reached) {
        LOG.warn("dashboard sign-in refused from {}: too many failures", proxies.clientOf(exchange.getRequest()));
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.SEE_OTHER);
        response.getHeaders().setLocation(URI.create(DashboardSecurity.LOGIN + "?wait=" + reached.retryAfterSeconds()
                + "&by=" + (reached.limit() == Limit.LOGIN_FAILURES_PER_ACCOUNT ? "account" : "address")));
        return response.setComplete();
    }

    /** The account name typed, made safe for a log line and a key: printable, at most 64 characters. */
    private static Mono<String> account(ServerWebExchange exchange) {
        return exchange.getFormData().map(form -> {
            String typed = form.getFirst("username");
            String name = typed == null ? "" : typed.strip().replaceAll("[^\\p{L}\\p{N}@._+-]", "?");
            return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
        });
    }

    /** Just before Spring Security's filter ({@link SecurityOnGuardedPaths}). */
    @Override
    public int getOrder() {
        return -101;
    }
}
