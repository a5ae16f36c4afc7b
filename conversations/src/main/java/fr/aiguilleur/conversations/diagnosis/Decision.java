package fr.aiguilleur.conversations.diagnosis;

/** Where a diagnosis orients the person. */
public enum Decision {
    /** Not the right place: the person is sent to a better-suited service. */
    REDIRECT,
    /** A coordinator should come and see the person. */
    BOOK_VISIT,
    /** Existing services fit: the person is pointed to them. */
    REFER_TO_SERVICES
}
