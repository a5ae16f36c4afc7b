package fr.aiguilleur.bot.webchat;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.HEAD;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Serves the chat page at the site's root, also to HEAD requests (uptime checks use them). */
@Configuration(proxyBeanMethods = false)
class ChatPage {

    private static final MediaType PAGE_TYPE = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> chatPageRoute(@Value("classpath:/static/index.html") Resource page) {
        return RouterFunctions.route(GET("/").or(HEAD("/")),
                request -> ServerResponse.ok().contentType(PAGE_TYPE).bodyValue(page));
    }
}
