package fr.aiguilleur.bot.chat;

import fr.aiguilleur.conversations.dialogue.Turn;

/**
 * Hears every turn once it is stored (the dashboard's funnel counters). Must not throw: a listener
 * that fails only loses its own bookkeeping, never the person's turn.
 */
public interface TurnListener {

    void turnStored(Turn turn);
}
