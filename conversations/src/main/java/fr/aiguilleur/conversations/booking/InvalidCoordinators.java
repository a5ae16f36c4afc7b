package fr.aiguilleur.conversations.booking;

/** A coordinators file that cannot be used; the message names the file, the line and each problem. */
public class InvalidCoordinators extends RuntimeException {

    public InvalidCoordinators(String message) {
        super(message);
    }

    public InvalidCoordinators(String message, Throwable cause) {
        super(message, cause);
    }
}
