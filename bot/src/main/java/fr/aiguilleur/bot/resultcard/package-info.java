/**
 * The result card: a diagnosis drawn as one picture (PNG, Java2D, headless) with a text
 * alternative carrying the same facts. Used by the web chat, Telegram and the coordinators' lead
 * page. Entry point: {@link fr.aiguilleur.bot.resultcard.ResultCard#of}.
 */
package fr.aiguilleur.bot.resultcard;
