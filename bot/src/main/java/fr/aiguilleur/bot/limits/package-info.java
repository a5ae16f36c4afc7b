/**
 * Abuse limits: token buckets (Bucket4j) on new web conversations, messages, diagnostics and
 * dashboard sign-in failures, kept in memory or, with Redis, shared by every instance; the client
 * address they are counted by.
 */
package fr.aiguilleur.bot.limits;
