/** The vocabulary of a diagnosis, shared by the dialogue, the rules and the bot. */
package fr.aiguilleur.conversations.diagnosis;
