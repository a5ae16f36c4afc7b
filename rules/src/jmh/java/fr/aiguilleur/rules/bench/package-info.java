/**
 * JMH benchmarks of the rule engine (profile {@code bench}; see docs/performance.md): one diagnosis
 * through the rules against the same scoring in plain Java, the cold build of the rules, and a hot
 * reload.
 */
package fr.aiguilleur.rules.bench;
