package fr.aiguilleur.conversations.dialogue;

/**
 * Thrown by a store when a conversation changed since it was read: two inputs of the same person
 * were handled at once. The caller reads again and retries.
 */
public class ConcurrentUpdate extends RuntimeException {

    public ConcurrentUpdate(String conversationId, long expected, long found) {
        super("conversation " + conversationId + " was at version " + found + ", expected " + expected);
    }
}
