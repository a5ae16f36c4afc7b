/** The Spring Boot service that runs the Aiguilleur channels around the pure conversation and rule modules. */
package fr.aiguilleur.bot;
