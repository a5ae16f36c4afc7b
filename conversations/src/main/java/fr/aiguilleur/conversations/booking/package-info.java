/**
 * Coordinators and their visits: who covers which place ({@link
 * fr.aiguilleur.conversations.booking.Coordinators}, read from {@code config/coordinators.yaml}),
 * the free slots of their weekly windows, and the atomic booking of a slot ({@link
 * fr.aiguilleur.conversations.booking.Bookings}). The dialogue asks for slots through {@link
 * fr.aiguilleur.conversations.booking.VisitPlanner}; {@link
 * fr.aiguilleur.conversations.booking.CoordinatorPlanner} is the real one.
 */
package fr.aiguilleur.conversations.booking;
