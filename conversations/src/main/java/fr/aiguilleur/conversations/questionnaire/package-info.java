/**
 * The questionnaire as data: versions loaded from YAML and checked at start-up, answer validation
 * (postcodes, phone numbers, first names, e-mail addresses) and skip conditions.
 */
package fr.aiguilleur.conversations.questionnaire;
