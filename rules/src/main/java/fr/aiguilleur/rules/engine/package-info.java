/**
 * The rule engine: reads rule files (packaged or from a folder), builds them into a {@link
 * fr.aiguilleur.rules.engine.RuleSet} with Drools' executable model, reports build problems in
 * the authors' terms (file, line, rule), and turns answers into a diagnosis
 * ({@link fr.aiguilleur.rules.engine.DroolsDiagnostician}).
 */
package fr.aiguilleur.rules.engine;
