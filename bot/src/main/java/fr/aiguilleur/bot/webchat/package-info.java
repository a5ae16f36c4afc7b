/**
 * The web channel: the JSON API of the chat page (served from {@code static/}), and the kind
 * answers every web error gets.
 */
package fr.aiguilleur.bot.webchat;
