package fr.aiguilleur.bot.telegram;

/**
 * What the handling of one update from the durable intake knows: the key of its input (so that a
 * turn already stored is not applied again), how many of its replies were sent before a crash,
 * and the note taken before each further reply goes.
 *
 * @param inputKey     identifies the input across attempts; null without a durable intake
 * @param repliesSent  replies already sent (or about to be when the instance stopped): skipped
 * @param beforeReply  called with the number of each reply before it is sent; false stops sending
 */
record UpdateTurn(String inputKey, int repliesSent, ReplyNote beforeReply) {

    /** Without a durable intake: today's handling, every reply sent. */
    static final UpdateTurn NONE = new UpdateTurn(null, 0, reply -> true);

    /** The note taken before a reply is sent. */
    @FunctionalInterface
    interface ReplyNote {
        boolean sending(int reply);
    }
}
