package fr.aiguilleur.bot.dashboard;

import java.util.Optional;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one-time notice a page shows after an action ("Note enregistrée."): kept in the session by
 * the action, taken (and so forgotten) by the next page. Reloading that page shows no notice.
 */
final class Notices {

    private static final String ATTRIBUTE = "dashboard.notice";

    private Notices() {
    }

    /** Keeps the text key of the notice for the next page. */
    static Mono<Void> keep(ServerWebExchange exchange, String key) {
        return exchange.getSession().doOnNext(session -> session.getAttributes().put(ATTRIBUTE, key)).then();
    }

    /** The notice kept by the last action, once. */
    static Mono<Optional<String>> take(ServerWebExchange exchange) {
        return exchange.getSession()
                .map(session -> Optional.ofNullable((String) session.getAttributes().remove(ATTRIBUTE)));
    }
}
