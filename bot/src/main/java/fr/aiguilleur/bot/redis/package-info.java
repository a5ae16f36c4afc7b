/**
 * The Redis stores (Lettuce): conversations with an atomic version check, anonymised diagnoses
 * and leads, and the Telegram channel's shared memory (update ids already handled, chats that
 * blocked the bot). Active when {@code aiguilleur.redis.url} is set; they replace the in-memory
 * stores.
 */
package fr.aiguilleur.bot.redis;
