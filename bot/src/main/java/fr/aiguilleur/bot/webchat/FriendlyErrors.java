package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.bot.limits.LimitReached;
import fr.aiguilleur.bot.support.RedactedFailure;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every error into a kind answer: JSON {@code {"message": …}} under {@code /api}, a short
 * French page elsewhere. No stack trace or framework page ever reaches a person.
 */
@Component
@Order(-2)
class FriendlyErrors implements ErrorWebExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    private final JsonMapper json;

    FriendlyErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = statusOf(error);
        if (status.is5xxServerError()) {
            LOG.error("request to {} failed", exchange.getRequest().getPath().value(), new RedactedFailure(error));
        }
        String message = error instanceof Refusal || error instanceof LimitReached ? error.getMessage()
                : ErrorTexts.forStatus(status, error);
        if (error instanceof LimitReached reached) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(reached.retryAfterSeconds()));
        }
        boolean api = exchange.getRequest().getPath().value().startsWith("/api/");
        response.setStatusCode(status);
        response.getHeaders().setContentType(api ? MediaType.APPLICATION_JSON
                : new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        byte[] body = api ? json.writeValueAsBytes(Map.of("message", message))
                : ErrorTexts.page(status, message).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    private static HttpStatusCode statusOf(Throwable error) {
        if (error instanceof Refusal refusal) {
            return refusal.status();
        }
        if (error instanceof LimitReached) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (causedByTooMuchData(error)) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        if (error instanceof ResponseStatusException statusError) {
            return statusError.getStatusCode();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean causedByTooMuchData(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException) {
                return true;
            }
        }
        return error instanceof ServerWebInputException input && input.getStatusCode().value() == 413;
    }
}
