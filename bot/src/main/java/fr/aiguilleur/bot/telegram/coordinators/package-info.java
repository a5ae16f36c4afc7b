/**
 * The coordinators' features on Telegram: the chat of each territory hears of new leads, with a
 * summary and a "Je prends" button that assigns the lead to whoever taps it first. Built on the
 * transport of the parent package, which knows these features only through {@code CoordinatorTaps}
 * and {@code CoordinatorGroups}.
 */
package fr.aiguilleur.bot.telegram.coordinators;

import fr.aiguilleur.bot.telegram.CoordinatorGroups;

import fr.aiguilleur.bot.telegram.CoordinatorTaps;
