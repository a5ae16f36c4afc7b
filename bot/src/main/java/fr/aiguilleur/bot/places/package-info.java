/**
 * Where the places of the national file come from (a local file, a URL refreshed daily with its
 * last good copy kept on disk, or the packaged sample), and {@code GET /api/places/status}.
 */
package fr.aiguilleur.bot.places;
