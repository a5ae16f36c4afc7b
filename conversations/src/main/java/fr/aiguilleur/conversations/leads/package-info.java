/**
 * What is kept: conversations in progress, leads for coordinators, anonymised diagnoses. Store
 * interfaces with in-memory implementations; the bot adds Redis ones.
 */
package fr.aiguilleur.conversations.leads;
