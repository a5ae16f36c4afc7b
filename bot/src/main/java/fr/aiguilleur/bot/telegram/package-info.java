/**
 * The Telegram channel. Updates come by long polling or by a webhook served from the service's
 * own web server (secret checked in constant time); either way each update id is handled once and
 * the updates of a chat one at a time, in order. Answers are rendered with inline buttons and sent
 * within Telegram's limits, retried as the Bot API asks; people who block the bot get nothing more.
 * The coordinators' features live in {@code coordinators}. Active only when a bot
 * token is set; with none the service makes no Telegram call.
 */
package fr.aiguilleur.bot.telegram;
