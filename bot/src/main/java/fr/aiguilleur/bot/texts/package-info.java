/**
 * The bridge from Spring to the one text mechanism: the {@code messageSource} that templates and
 * services read is {@link fr.aiguilleur.conversations.texts.Texts}, over the conversations module's bundles.
 */
package fr.aiguilleur.bot.texts;
