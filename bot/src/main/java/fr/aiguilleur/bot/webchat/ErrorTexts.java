package fr.aiguilleur.bot.webchat;

import fr.aiguilleur.conversations.texts.Texts;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebInputException;

/** The plain-French texts and the small page shown when something goes wrong. */
final class ErrorTexts {

    private ErrorTexts() {
    }

    static String forStatus(HttpStatusCode status, Throwable error) {
        return switch (status.value()) {
            case 400 -> error instanceof ServerWebInputException
                    ? "Votre demande n'a pas pu être lue : envoyez un objet JSON bien formé."
                    : "Votre demande n'a pas pu être lue.";
            case 404 -> "Cette page n'existe pas.";
            case 405 -> "Cette adresse ne s'utilise pas de cette façon.";
            case 406, 415 -> "Ce format n'est pas pris en charge : envoyez du JSON.";
            case 413 -> "Votre message est trop long.";
            default -> status.is4xxClientError()
                    ? "Votre demande n'a pas pu être traitée."
                    : "Un souci technique nous empêche de répondre. Réessayez dans quelques minutes.";
        };
    }

    /**
     * A whole page; {@code message} is one of this class's texts, never anything a person typed. On
     * the coordinators' dashboard, the page leads back to the requests, not to the chat.
     */
    static String page(HttpStatusCode status, String message, String path) {
        boolean dashboard = path.startsWith("/dashboard");
        String back = dashboard ? "/dashboard/leads" : "/";
        String backText = dashboard ? Texts.of(Texts.FRENCH).get("dashboard.error.back") : "Revenir à la conversation";
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
                <h1>Oups</h1>
                <p>%s</p>
                <p><a href="%s">%s</a></p>
                </main>
                </body>
                </html>
                """.formatted(message, back, backText);
    }
}
