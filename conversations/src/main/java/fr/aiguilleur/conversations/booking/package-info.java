/** Visit slots and the planner the dialogue asks for them while a person books a visit. */
package fr.aiguilleur.conversations.booking;
