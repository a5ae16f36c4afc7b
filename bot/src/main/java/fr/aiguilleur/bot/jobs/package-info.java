/**
 * Background jobs: the visit reminder the day before, the one reminder after a silence, and the
 * erasure of conversations abandoned for 30 days. Scheduled here; the decisions are the
 * conversations module's ({@code VisitReminders}, {@code Inactivity}).
 */
package fr.aiguilleur.bot.jobs;
