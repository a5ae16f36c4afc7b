package fr.aiguilleur.rules;

import fr.aiguilleur.conversations.diagnosis.Axis;

/**
 * Points one rule gives to (or, when negative, takes from) one need, with the reason told to the
 * person.
 *
 * @param axis   the need
 * @param points the points added; negative to remove
 * @param reason   plain French, addressed to the person
 * @param reasonEn the same in plain English
 */
public record NeedPoints(Axis axis, int points, String reason, String reasonEn) {
}
