package fr.aiguilleur.bot.jobs;

/**
 * The visits already reminded, shared by every instance so that a person gets one reminder even
 * when several instances run the job.
 */
public interface SentReminders {

    /** Notes that this lead's visit is being reminded; true for the first caller only. */
    boolean firstTime(String leadId);
}
