package fr.aiguilleur.rules.engine;

import fr.aiguilleur.conversations.diagnosis.Diagnosis;

/**
 * A diagnosis with everything the rules concluded on the way, for authors: which rule gave which
 * points, which services were picked but not kept, which rules fired.
 *
 * @param diagnosis the result
 * @param findings  every conclusion, with its rule
 */
public record Reasoning(Diagnosis diagnosis, Findings findings) {
}
