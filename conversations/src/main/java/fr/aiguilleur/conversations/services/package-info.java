/** The catalogue of existing services a diagnosis may point a person to. */
package fr.aiguilleur.conversations.services;
