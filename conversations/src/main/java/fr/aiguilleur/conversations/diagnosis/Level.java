package fr.aiguilleur.conversations.diagnosis;

/** How strong a need is, or how autonomous a person is with digital tools. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
