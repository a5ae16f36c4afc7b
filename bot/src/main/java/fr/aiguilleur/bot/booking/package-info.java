/**
 * Coordinators' calendars in the service: which coordinators, where slots are booked, the planner
 * the dialogue asks for free slots.
 */
package fr.aiguilleur.bot.booking;
