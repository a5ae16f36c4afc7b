/**
 * The Telegram channel: long polling, updates read as dialogue inputs, messages rendered with
 * inline buttons, and the coordinator's notification of new leads. Active only when a bot token
 * is set; with none the service makes no Telegram call.
 */
package fr.aiguilleur.bot.telegram;
