/**
 * Conversation plumbing shared by the channels: the switchboard that runs the dialogue engine over
 * the stores, and the wiring of the engine, the questionnaires, the catalogue and in-memory stores.
 */
package fr.aiguilleur.bot.chat;
