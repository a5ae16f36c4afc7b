package fr.aiguilleur.bot.telegram;

import java.time.Duration;
import java.util.Optional;

/**
 * The durable intake of Telegram updates, shared by every instance (in Redis): an update is stored
 * in its chat's inbox, with the note of its id that drops repeats, before Telegram is told it
 * arrived; any instance's worker then claims a chat for a while (a lease it renews while it works,
 * taken over by another instance when it runs out), handles the chat's updates oldest first and
 * removes each once its turn is stored and its replies sent. The replies of an update are noted
 * one by one before each is sent, so that none is sent twice. Blocking: call it on worker threads.
 */
public interface UpdateInbox {

    /** An update waiting in a chat's inbox, and how many of its replies were already sent. */
    record Pending(int updateId, String json, int repliesSent) {
    }

    /** Stores the update unless its id was seen in the last 24 hours. @return true when stored */
    boolean store(long chatId, int updateId, String json);

    /** Claims a chat with updates waiting and no live lease, for {@code lease}. @return the chat */
    Optional<Long> claim(String worker, Duration lease);

    /** Extends the lease of a claimed chat. @return false when the worker no longer holds it */
    boolean renew(long chatId, String worker, Duration lease);

    /** The oldest update waiting in the chat. */
    Optional<Pending> oldest(long chatId);

    /**
     * Notes that the reply numbered {@code reply} (from 0) of the update goes out now, so it is never
     * sent again. @return false when the worker no longer holds the chat (it must stop)
     */
    boolean sending(long chatId, int updateId, int reply, String worker);

    /** Removes the update, handled. @return false when the worker no longer holds the chat */
    boolean done(long chatId, int updateId, String worker);

    /** Gives the chat back: to nobody when its inbox is empty, else to the next worker that claims. */
    void release(long chatId, String worker);
}
