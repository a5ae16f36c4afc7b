package fr.aiguilleur.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyRouteProvider;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The webhook Telegram posts updates to, served by the service's own web server at the path of
 * {@code TELEGRAM_WEBHOOK_URL}. A call without the secret header gets 403 and is not read. An
 * update is acknowledged at once and handled behind, like those of long polling.
 *
 * <p>It is a route of the Reactor Netty server itself, ahead of WebFlux: the busiest public path
 * does not pay for the dispatcher, the dashboard's security filters (which guard only the
 * dashboard) and the request observations. Every other path goes on to WebFlux as before.
 */
final class TelegramWebhook {

    /** Larger bodies are refused; a real update is a few kilobytes. */
    static final int LARGEST_UPDATE = 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhook.class);

    private final String path;
    private final WebhookSecret secret;
    private final TelegramUpdates updates;
    private final ObjectMapper json;

    /** @param json a Jackson 2 mapper: Telegram's types cannot be built by Jackson 3 */
    TelegramWebhook(String url, WebhookSecret secret, TelegramUpdates updates, ObjectMapper json) {
        this.path = pathOf(url);
        this.secret = secret;
        this.updates = updates;
        this.json = json;
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

    /** The webhook as a route of the web server: a POST to exactly its path (any query aside). */
    NettyRouteProvider route() {
        return routes -> routes.route(this::isWebhookCall, this::receive);
    }

    boolean isWebhookCall(HttpServerRequest request) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        return HttpMethod.POST.equals(request.method()) && path.equals(query < 0 ? uri : uri.substring(0, query));
    }

    Mono<Void> receive(HttpServerRequest request, HttpServerResponse response) {
        if (!secret.matches(request.requestHeaders().get(WebhookSecret.HEADER))) {
            return answer(response, HttpResponseStatus.FORBIDDEN);
        }
        return UpdateBody.of(request)
                .map(body -> body.isEmpty() ? HttpResponseStatus.BAD_REQUEST : take(body))
                .onErrorResume(UpdateBody.TooLarge.class, tooLarge -> Mono.just(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE))
                .flatMap(status -> answer(response, status));
    }

    /** Reads and queues the update: 200 even when unreadable (Telegram would only send it again). */
    private HttpResponseStatus take(UpdateBody body) {
        Update update;
        try {
            update = json.readValue(body.bytes(), 0, body.size(), Update.class);
        } catch (IOException e) {
            LOG.warn("a webhook call with the right secret held no readable update: dropped");
            return HttpResponseStatus.OK;
        }
        return updates.accept(update) ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE;
    }

    /** An empty answer, with headers as strict as those of the service's other answers. */
    private static Mono<Void> answer(HttpServerResponse response, HttpResponseStatus status) {
        return response.status(status)
                .header(HttpHeaderNames.CONTENT_LENGTH, "0")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .send();
    }

    /** The body of a webhook call, read up to {@link #LARGEST_UPDATE} bytes. */
    private static final class UpdateBody extends ByteArrayOutputStream {

        /** The body is larger than any update. */
        static final class TooLarge extends RuntimeException {
            TooLarge() {
                super("larger than any update", null, false, false);
            }
        }

        UpdateBody() {
            super(1024);
        }

        static Mono<UpdateBody> of(HttpServerRequest request) {
            return request.receive().asByteArray().collect(UpdateBody::new, UpdateBody::add);
        }

        private void add(byte[] chunk) {
            if (count + chunk.length > LARGEST_UPDATE) {
                throw new TooLarge();
            }
            write(chunk, 0, chunk.length);
        }

        byte[] bytes() {
            return buf;
        }

        boolean isEmpty() {
            return count == 0;
        }
    }
}
