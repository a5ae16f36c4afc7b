package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.databind.json.JsonMapper;

class FriendlyErrorsTests {

    final FriendlyErrors errors = new FriendlyErrors(JsonMapper.builder().build());

    MockServerWebExchange handled(String path, Throwable error) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
        errors.handle(exchange, error).block();
        return exchange;
    }

    @Nested
    class UnderApi {

        @Test
        void hidesTheDetailsOfAnUnexpectedFailure() {
            var exchange = handled("/api/chat", new IllegalStateException("NullPointer at fr.aiguilleur.Secret line 42"));

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("Réessayez dans quelques minutes").doesNotContain("Secret").doesNotContain("Exception");
        }

        @Test
        void givesTheRefusalsOwnWords() {
            var exchange = handled("/api/chat/x/messages", new Refusal(HttpStatus.BAD_REQUEST, "Votre message est vide."));

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(exchange.getResponse().getBodyAsString().block()).isEqualTo("{\"message\":\"Votre message est vide.\"}");
        }

        @Test
        void explainsUnreadableJsonPlainly() {
            var exchange = handled("/api/diagnostics", new ServerWebInputException("Failed to read HTTP message"));

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(exchange.getResponse().getBodyAsString().block()).contains("JSON").doesNotContain("Failed");
        }

        @Test
        void answersTooMuchDataWith413() {
            var exchange = handled("/api/chat", new ServerWebInputException("too big", null,
                    new DataBufferLimitException("Exceeded limit on max bytes to buffer : 16384")));

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(exchange.getResponse().getBodyAsString().block()).contains("trop long");
        }
    }

    @Nested
    class Elsewhere {

        @Test
        void showsAFrenchPageWithoutDetails() {
            var exchange = handled("/dashboard", new IllegalStateException("db password is hunter2"));

            assertThat(exchange.getResponse().getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("lang=\"fr\"").contains("Un souci technique").doesNotContain("hunter2");
        }
    }
}
