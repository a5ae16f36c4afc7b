package fr.aiguilleur.bot.webchat;

import org.springframework.http.HttpStatus;

/** A request refused with a kind, plain-French explanation meant for the person or the page. */
public class Refusal extends RuntimeException {

    private final HttpStatus status;

    public Refusal(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
