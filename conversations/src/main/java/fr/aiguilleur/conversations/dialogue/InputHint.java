package fr.aiguilleur.conversations.dialogue;

/** What kind of answer a message waits for, so a channel can adapt its keyboard. */
public enum InputHint {
    NONE,
    CHOICE,
    MULTI_CHOICE,
    POSTCODE,
    FIRST_NAME,
    /** A phone number: Telegram may offer its "share my number" button. */
    PHONE,
    EMAIL
}
