/**
 * The follow-up weeks later, on the service's side: the job that sends each due check-in once (on
 * Telegram, or by e-mail with a link to a small page), the answers to its buttons on Telegram and
 * on that page, and the visit a person asks for at its end.
 */
package fr.aiguilleur.bot.checkin;
