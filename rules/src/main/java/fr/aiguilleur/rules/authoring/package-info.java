/**
 * The rule authors' command line ({@link fr.aiguilleur.rules.authoring.RulesCli}): validate rule
 * files, run scenario files, explain one diagnosis in French, and measure the impact of new rules
 * on past diagnoses.
 */
package fr.aiguilleur.rules.authoring;
