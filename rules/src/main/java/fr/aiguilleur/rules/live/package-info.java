/**
 * Rules that change while the service runs: {@link fr.aiguilleur.rules.live.LiveRules} holds the
 * rule set in use, watches a folder of rule files, rebuilds them when they change and switches to
 * the new rules only when they pass the vetting (checks, build, and a canary run of every packaged
 * scenario). Plain Java threads, no framework.
 */
package fr.aiguilleur.rules.live;
