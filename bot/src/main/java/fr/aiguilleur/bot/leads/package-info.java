/** What happens once a person confirmed a visit request: the listeners told about each stored lead. */
package fr.aiguilleur.bot.leads;
