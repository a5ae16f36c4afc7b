/**
 * What the service counts for its operators (Micrometer, read at {@code /actuator/prometheus}):
 * the meters of the conversations' outcomes and of the rules. Meters of one part (Telegram, CRM,
 * limits, sign-in) are kept by that part; docs/operations.md lists them all.
 */
package fr.aiguilleur.bot.metrics;
