package fr.aiguilleur.conversations.diagnosis;

/** How soon a coordinator should act on a visit. */
public enum Priority {
    HIGH,
    NORMAL
}
