package fr.aiguilleur.bot.dashboard;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** The dashboard is in French whatever the browser's language: its pages read the French texts. */
final class FrenchPages implements WebFilter, Ordered {

    private static final LocaleContext FRENCH = new SimpleLocaleContext(Locale.FRENCH);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/dashboard")) {
            return chain.filter(exchange);
        }
        return chain.filter(new ServerWebExchangeDecorator(exchange) {
            @Override
            public LocaleContext getLocaleContext() {
                return FRENCH;
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
