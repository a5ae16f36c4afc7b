/**
 * The dashboard's indicators: counters of what stored data cannot tell (conversations started and
 * consented, the last question of unfinished ones), fed from each turn by {@link
 * fr.aiguilleur.bot.dashboard.indicators.FunnelCounting}, and the figures and charts computed from
 * them, the stored diagnoses and the leads.
 */
package fr.aiguilleur.bot.dashboard.indicators;
