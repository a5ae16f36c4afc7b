package fr.aiguilleur.conversations.channels;

/** Where a conversation takes place. */
public enum Channel {
    WEB,
    TELEGRAM
}
