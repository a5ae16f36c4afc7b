/**
 * Digital-mediation places near a person, read from the national open data standard ("lieux de
 * médiation numérique", schema.json of LaMednum/standard-mediation-num): the file reader, the
 * positions of postcodes, distances, and the opening hours.
 */
package fr.aiguilleur.conversations.places;
