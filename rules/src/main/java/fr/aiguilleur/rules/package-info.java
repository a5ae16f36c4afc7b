/**
 * The facts the rule files reason about: the answers given, and what the rules conclude from them
 * (points, need scores, autonomy, orientation, priority, services), each with its plain-French
 * reason. The rule files themselves are in {@code src/main/resources/fr/aiguilleur/rules/}.
 * Plain Java: no framework.
 */
package fr.aiguilleur.rules;
