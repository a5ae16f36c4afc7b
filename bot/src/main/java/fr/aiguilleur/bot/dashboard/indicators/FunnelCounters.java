package fr.aiguilleur.bot.dashboard.indicators;

import java.util.Map;

/**
 * Counters of the conversations' progress that no other store keeps: conversations started and
 * consented per ISO week, the last question answered by each conversation not finished yet, and,
 * once such a conversation is erased after a long silence, a count per question where people
 * stopped (so the drop-off stays known while the stored keys stay as few as the live conversations).
 * Conversations are named by a pseudonymous key (see {@link FunnelCounting}), never by their id.
 */
public interface FunnelCounters {

    /** What is counted per week. */
    enum Counter {
        STARTED,
        CONSENTED
    }

    /** Adds one to a counter of a week ("2026-W20", see {@link Weeks}). */
    void add(Counter counter, String week);

    /** Records the last question an unfinished conversation answered. */
    void answered(String conversationKey, String questionId);

    /** Forgets a conversation that finished (diagnosis made) or was erased at the person's request. */
    void finished(String conversationKey);

    /** Counts where a conversation erased after a long silence stopped, and forgets the conversation. */
    void abandoned(String conversationKey);

    /** Week to counter to count; weeks and counters never added are absent. */
    Map<String, Map<Counter, Long>> weeks();

    /**
     * Question id to the number of unfinished conversations, in progress or abandoned, whose last
     * answer it is.
     */
    Map<String, Long> unfinished();
}
