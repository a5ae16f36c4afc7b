package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.texts.Texts;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebInputException;

/**
 * The plain-French texts (from the bundles) and the small page shown when something goes wrong
 * outside a conversation, where no language was chosen: French, the service's language.
 */
final class ErrorTexts {

    private static final Texts FRENCH = Texts.of(Texts.FRENCH);

    private ErrorTexts() {
    }

    static String forStatus(HttpStatusCode status, Throwable error) {
        String key = switch (status.value()) {
            case 400 -> error instanceof ServerWebInputException ? "web.error.unreadable-json" : "web.error.unreadable";
            case 404 -> "web.error.not-found";
            case 405 -> "web.error.method";
            case 406, 415 -> "web.error.format";
            case 413 -> "web.error.too-long";
            default -> status.is4xxClientError() ? "web.error.refused" : "web.problem";
        };
        return FRENCH.get(key);
    }

    /**
     * A whole page; {@code message} is one of this class's texts, never anything a person typed. On
     * the coordinators' dashboard, the page leads back to the requests, not to the chat.
     */
    static String page(HttpStatusCode status, String message, String path) {
        boolean dashboard = path.startsWith("/dashboard");
        String back = dashboard ? "/dashboard/leads" : "/";
        String backText = FRENCH.get(dashboard ? "dashboard.error.back" : "web.error.page.back");
        return """
                <!doctype html>
                <html lang="fr">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Aiguilleur</title>
                <link rel="stylesheet" href="/chat.css">
                </head>
                <body class="error-page">
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(FRENCH.get("web.error.page.title"), message, back, backText);
    }
}
