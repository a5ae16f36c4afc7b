package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Priority;

/**
 * How soon a coordinator should come, as one rule decided it, with the reason.
 *
 * @param priority HIGH or NORMAL
 * @param reason   plain French, for the person and the coordinator
 * @param reasonEn the same in plain English
 */
public record VisitPriority(Priority priority, String reason, String reasonEn) {
}
