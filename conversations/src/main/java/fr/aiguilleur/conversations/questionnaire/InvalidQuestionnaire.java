package fr.aiguilleur.conversations.questionnaire;

/** A questionnaire file that cannot be used; the message names the file, the line and the problem. */
public class InvalidQuestionnaire extends RuntimeException {

    public InvalidQuestionnaire(String message) {
        super(message);
    }

    public InvalidQuestionnaire(String message, Throwable cause) {
        super(message, cause);
    }
}
