/**
 * The webhook benchmark: a bounded load generator run by hand (a {@code main}, never by the test
 * command), against the service with Redis and a stub Bot API on loopback; and the conversation
 * benchmarks against the service's Redis stores: one conversation step, Redis memory per
 * conversation, the heap as stored conversations grow. See docs/performance.md.
 */
package fr.aiguilleur.bot.bench;
