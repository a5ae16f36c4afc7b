/** The rules in the running service: the live rule set, its diagnostician and its status endpoint. */
package fr.aiguilleur.bot.rules;
