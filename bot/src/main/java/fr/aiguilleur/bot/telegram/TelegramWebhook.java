package fr.aiguilleur.bot.telegram;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/**
 * The webhook Telegram posts updates to, a WebFlux route of the service's own web server at the
 * path of {@code TELEGRAM_WEBHOOK_URL}. A call without the secret header gets 403 and is not read.
 * An update is acknowledged at once and handled behind, like those of long polling; with the
 * durable intake (Redis), once it is stored in its chat's inbox. Its calls
 * are left out of the request observations (see {@link WebhookWiring}), and Spring Security's
 * filter, which guards only the dashboard, does not run for them.
 */
final class TelegramWebhook {

    /** Larger bodies are refused; a real update is a few kilobytes. */
    static final int LARGEST_UPDATE = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);

    // Empty answers, built once (a built answer holds no state of a request); headers are set on
    // each exchange's response.
    private static final Mono<ServerResponse> OK = empty(HttpStatus.OK);
    private static final Mono<ServerResponse> BAD_REQUEST = empty(HttpStatus.BAD_REQUEST);
    private static final Mono<ServerResponse> FORBIDDEN = empty(HttpStatus.FORBIDDEN);
    private static final Mono<ServerResponse> TOO_LARGE = empty(HttpStatus.CONTENT_TOO_LARGE);
    private static final Mono<ServerResponse> UNAVAILABLE = empty(HttpStatus.SERVICE_UNAVAILABLE);

    private final String path;
    private final WebhookSecret secret;
    private final TelegramUpdates updates;
    private final ObjectReader json;

    /**
     * @param json a Jackson 2 mapper: Telegram's types cannot be built by Jackson 3. Its reader of
     *     updates is made here, so that the first call does not wait for it.
     */
    TelegramWebhook(String url, WebhookSecret secret, TelegramUpdates updates, ObjectMapper json) {
        this.path = pathOf(url);
        this.secret = secret;
        this.updates = updates;
        this.json = json.readerFor(Update.class);
    }

    /**
     * The path the webhook is served at. @throws IllegalArgumentException when the URL has none,
     * since the root is the web chat's page
     */
    static String pathOf(String url) {
        URI uri = URI.create(url.strip());
        String path = uri.getRawPath();
        if (uri.getScheme() == null || uri.getHost() == null || path == null || path.length() < 2) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be a full URL with a path, "
                    + "like https://bot.example.fr/telegram/webhook");
        }
        return path;
    }

    String path() {
        return path;
    }

    /** The webhook as a route: a POST to exactly its path (any query aside). */
    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route(POST(path), this::receive);
    }

    /** Whether a request is a call to the webhook: a POST to its path. */
    boolean isCalledBy(ServerHttpRequest request) {
        return HttpMethod.POST.equals(request.getMethod()) && path.equals(request.getPath().value());
    }

    Mono<ServerResponse> receive(ServerRequest request) {
        keepFromBrowsers(request.exchange().getResponse().getHeaders());
        if (!secret.matches(request.headers().firstHeader(WebhookSecret.HEADER))) {
            return FORBIDDEN;
        }
        // The raw body: no codec to look up for bytes read as they are.
        return DataBufferUtils.join(request.exchange().getRequest().getBody(), LARGEST_UPDATE)
                .flatMap(this::take)
                .switchIfEmpty(BAD_REQUEST)
                .onErrorResume(DataBufferLimitException.class, tooLarge -> TOO_LARGE);
    }

    /** Reads and queues the update: 200 even when unreadable (Telegram would only send it again). */
    private Mono<ServerResponse> take(DataBuffer body) {
        Update update;
        String text;
        try (InputStream in = body.asInputStream(true)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            update = json.readValue(text);
        } catch (IOException e) {
            LOG.warn("a webhook call with the right secret held no readable update: dropped");
            return OK;
        }
        return updates.receive(update, text)
                .flatMap(taken -> taken ? OK : UNAVAILABLE)
                .onErrorResume(failure -> {
                    LOG.warn("Telegram update {} not stored ({}): Telegram sends it again", update.getUpdateId(),
                            failure.getClass().getSimpleName());
                    return UNAVAILABLE;
                });
    }

    /** Headers that keep browsers from using an answer: no type sniffing, no caching, no content. */
    private static void keepFromBrowsers(HttpHeaders headers) {
        headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.setCacheControl("no-store");
    }

    private static Mono<ServerResponse> empty(HttpStatus status) {
        return ServerResponse.status(status).build();
    }
}
