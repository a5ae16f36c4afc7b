/** What every feature of the service shares: failure handling that keeps personal data out of logs. */
package fr.aiguilleur.bot.support;
