/**
 * What rule files go through before they are used: checks of the decision tables and of the
 * question and option ids against the questionnaire, the build, and a canary run of every
 * packaged scenario ({@link fr.aiguilleur.rules.vetting.Vetting}). Live reloads and the authors'
 * {@code validate} use the same vetting, so what validate accepts is what goes live.
 */
package fr.aiguilleur.rules.vetting;
