package fr.aiguilleur.conversations.checkin;

/** Where a check-in is: waiting for its day, asking, answered, stopped by the person, or dropped. */
public enum CheckInStatus {
    /** Agreed to; not yet due (the delay runs from the referral, or from the visit once done). */
    WAITING,
    /** The first question went out; the person may answer. */
    ASKING,
    /** Every question answered. */
    ANSWERED,
    /** The person said "Non merci": nothing more is ever sent. */
    STOPPED,
    /** Could not be sent (the person blocked the bot, no address left, the visit was cancelled). */
    DROPPED;

    /** Whether nothing more will be sent or asked. */
    public boolean isFinal() {
        return this == ANSWERED || this == STOPPED || this == DROPPED;
    }
}
