package fr.aiguilleur.conversations.diagnosis;

/** The four kinds of digital need a diagnosis scores, in the order used to break ties. */
public enum Axis {
    ADMINISTRATIVE,
    PRESENCE,
    INTERNAL_TOOLS,
    STRATEGY
}
