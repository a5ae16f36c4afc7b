package fr.aiguilleur.bot.redis;

/**
 * Thrown when Redis cannot be reached or does not answer within the command timeout. A timed-out
 * write may or may not have been applied; the caller tells the person to retry later.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String what, Throwable cause) {
        super(what + ": Redis unavailable (" + cause.getClass().getSimpleName() + ")", cause);
    }
}
