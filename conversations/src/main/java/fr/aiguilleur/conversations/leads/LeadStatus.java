package fr.aiguilleur.conversations.leads;

/** Where a coordinator is with a lead. */
public enum LeadStatus {
    NEW,
    CONTACTED,
    VISIT_SCHEDULED,
    VISITED,
    CLOSED,
    CANCELLED
}
