package fr.aiguilleur.conversations.diagnosis;

/**
 * Turns checked answers into a diagnosis. The rule base ({@code rules} module) provides it; the
 * dialogue engine and the channels only call it.
 */
public interface Diagnostician {

    Diagnosis diagnose(Answers answers);
}
