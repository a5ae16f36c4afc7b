package fr.aiguilleur.conversations.dialogue;

/** Where a conversation takes place. */
public enum Channel {
    WEB,
    TELEGRAM
}
