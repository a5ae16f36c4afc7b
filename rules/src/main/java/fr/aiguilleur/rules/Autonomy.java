package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Level;

/**
 * The person's digital autonomy as one rule found it, with the reason. Two rules may find the same
 * level for two reasons; the rules never find two different levels.
 *
 * @param level  LOW, MEDIUM or HIGH
 * @param reason   plain French, addressed to the person
 * @param reasonEn the same in plain English
 */
public record Autonomy(Level level, String reason, String reasonEn) {
}
