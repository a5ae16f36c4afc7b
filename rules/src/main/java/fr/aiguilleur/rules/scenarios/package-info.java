/**
 * Scenario files (product/scenario-format.md): answers and what the rules must conclude from them.
 * Read them ({@link fr.aiguilleur.rules.scenarios.ScenarioSuite}), run them against a rule set
 * ({@link fr.aiguilleur.rules.scenarios.ScenarioRunner}) and get each mismatch in plain words.
 */
package fr.aiguilleur.rules.scenarios;
