/**
 * The channel-neutral dialogue engine: consent, questions, commands, the result and the booking of
 * a visit, as a pure function from (conversation, input, time) to a {@link
 * fr.aiguilleur.conversations.dialogue.Turn}. The web chat and Telegram only render its messages.
 */
package fr.aiguilleur.conversations.dialogue;
