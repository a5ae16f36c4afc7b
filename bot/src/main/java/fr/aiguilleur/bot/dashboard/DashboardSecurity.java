package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.bot.limits.RateLimits;
import fr.aiguilleur.bot.limits.TrustedProxies;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.RedirectServerLogoutSuccessHandler;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

/**
 * Guards the dashboard, and only the dashboard: sign-in form, sessions that end after a while
 * without activity, CSRF tokens on every form. The web chat, its JSON API, the diagnostics API,
 * health checks and the Telegram webhook match no chain here and stay open (and free of CSRF
 * checks: no cookie signs them in); Spring Security's filter does not even run for them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class DashboardSecurity {

    static final String LOGIN = "/dashboard/login";
    /** The metrics: for a signed-in admin, or for anyone with {@code aiguilleur.metrics.open} (a private network). */
    static final String METRICS = "/actuator/prometheus";

    /** The paths guarded: the dashboard (pages, login, logout, styles, its API) and the export. */
    static final List<PathPattern> GUARDED = SecurityOnGuardedPaths.patterns("/dashboard", "/dashboard/**",
            "/api/diagnoses/export", METRICS);

    /** Spring Security's filter runs only for the guarded paths (see {@link SecurityOnGuardedPaths}). */
    @Bean
    static BeanPostProcessor securityOnGuardedPathsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof WebFilterChainProxy security ? new SecurityOnGuardedPaths(security, GUARDED) : bean;
            }
        };
    }

    @Bean
    LoginThrottle loginThrottle(RateLimits limits, TrustedProxies proxies, MeterRegistry meters) {
        return new LoginThrottle(limits, proxies, meters);
    }

    @Bean
    SecurityWebFilterChain dashboardChain(ServerHttpSecurity http, DashboardSettings settings, LoginThrottle throttle,
            @Value("${aiguilleur.metrics.open:false}") boolean metricsOpen) {
        return http
                .securityMatcher(SecurityOnGuardedPaths.matcher(GUARDED))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, LOGIN, "/dashboard/dashboard.css").permitAll()
                        .pathMatchers(HttpMethod.GET, METRICS).access(metricsOpen
                                ? (authentication, context) -> Mono.just(new AuthorizationDecision(true))
                                : AuthorityReactiveAuthorizationManager.hasRole("ADMIN"))
                        .pathMatchers("/api/diagnoses/export", "/dashboard/api/**").hasRole("ADMIN")
                        .anyExchange().hasAnyRole("COORDINATOR", "ADMIN"))
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN))
                        .authenticationFailureHandler(throttle)
                        .authenticationSuccessHandler(signedIn(settings)))
                .logout(logout -> logout
                        .logoutUrl("/dashboard/logout")
                        .logoutSuccessHandler(loggedOut()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")))
                .build();
    }

    /** Back to the page asked for (or the lead list), with the session's idle limit set. */
    private static ServerAuthenticationSuccessHandler signedIn(DashboardSettings settings) {
        var redirect = new RedirectServerAuthenticationSuccessHandler("/dashboard/leads");
        return (exchange, authentication) -> exchange.getExchange().getSession()
                .doOnNext(session -> session.setMaxIdleTime(settings.sessionTimeout()))
                .then(redirect.onAuthenticationSuccess(exchange, authentication));
    }

    private static RedirectServerLogoutSuccessHandler loggedOut() {
        var handler = new RedirectServerLogoutSuccessHandler();
        handler.setLogoutSuccessUrl(URI.create(LOGIN + "?logout"));
        return handler;
    }
}
