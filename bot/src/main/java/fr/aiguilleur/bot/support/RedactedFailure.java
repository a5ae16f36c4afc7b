package fr.aiguilleur.bot.support;

/**
 * A failure as it may be logged: the type and stack trace of the original and of its causes,
 * without their messages, which may quote what a person typed.
 */
public final class RedactedFailure extends RuntimeException {

    public RedactedFailure(Throwable original) {
        super(original.getClass().getName(), original.getCause() == null ? null
                : new RedactedFailure(original.getCause()), false, true);
        setStackTrace(original.getStackTrace());
    }
}
