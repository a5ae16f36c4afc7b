package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.conversations.channels.ConversationId;

/** Told of each conversation the inactivity job erased after a long silence (the person never came back). */
public interface AbandonListener {

    /** Called once the conversation is erased; must not fail the sweep (failures are logged and skipped). */
    void abandoned(ConversationId id);
}
