package fr.aiguilleur.bot.telegram;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;
import reactor.core.publisher.Mono;

/**
 * The webhook Telegram posts updates to, served by the service's own web server at the path of
 * {@code TELEGRAM_WEBHOOK_URL}. A call without the secret header gets 403 and is not read. An
 * update is acknowledged at once and handled behind, like those of long polling.
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

    RouterFunction<ServerResponse> route() {
        return RouterFunctions.route(POST(path), this::receive);
    }

    Mono<ServerResponse> receive(ServerRequest request) {
        if (!secret.matches(request.headers().firstHeader(WebhookSecret.HEADER))) {
            return ServerResponse.status(HttpStatus.FORBIDDEN).build();
        }
        return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class), LARGEST_UPDATE)
                .map(this::read)
                .flatMap(update -> updates.accept(update) ? ServerResponse.ok().build()
                        : ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build())
                .switchIfEmpty(Mono.defer(() -> ServerResponse.badRequest().build()))
                .onErrorResume(DataBufferLimitException.class,
                        tooLarge -> ServerResponse.status(HttpStatus.CONTENT_TOO_LARGE).build())
                .onErrorResume(UncheckedIOException.class, unreadable -> {
                    LOG.warn("a webhook call with the right secret held no readable update: dropped");
                    return ServerResponse.ok().build();
                });
    }

    private Update read(DataBuffer body) {
        try (InputStream in = body.asInputStream(true)) {
            return json.readValue(in, Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
