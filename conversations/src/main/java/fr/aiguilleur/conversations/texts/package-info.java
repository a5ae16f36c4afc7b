/** The user-facing sentences, by language, kept in message bundles rather than in code. */
package fr.aiguilleur.conversations.texts;
