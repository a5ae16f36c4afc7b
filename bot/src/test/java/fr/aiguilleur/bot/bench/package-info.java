/**
 * The webhook benchmark: a bounded load generator run by hand (a {@code main}, never by the test
 * command), against the service with Redis and a stub Bot API on loopback. See docs/performance.md.
 */
package fr.aiguilleur.bot.bench;
