/**
 * What happens once a person confirmed a visit request: the listeners told about each stored lead,
 * the coordinators' changes to a lead ({@link fr.aiguilleur.bot.leads.LeadFollowUp}), and how a
 * person is reached unprompted ({@link fr.aiguilleur.bot.leads.PersonNotifier}).
 */
package fr.aiguilleur.bot.leads;
