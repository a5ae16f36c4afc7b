package fr.aiguilleur.conversations.leads;

/**
 * A change of status the lead workflow does not allow (going back, or leaving a closed or cancelled
 * lead). The message is plain French, fit to show to a coordinator.
 */
public class LeadTransitionRefused extends RuntimeException {

    private final LeadStatus from;
    private final LeadStatus to;

    public LeadTransitionRefused(LeadStatus from, LeadStatus to) {
        super(message(from, to));
        this.from = from;
        this.to = to;
    }

    public LeadStatus from() {
        return from;
    }

    public LeadStatus to() {
        return to;
    }

    private static String message(LeadStatus from, LeadStatus to) {
        if (from.isFinal()) {
            return "Cette demande est " + from.label() + " : son statut ne change plus.";
        }
        if (from == to) {
            return "Cette demande est déjà « " + from.label() + " ».";
        }
        return "Une demande « " + from.label() + " » ne peut pas revenir à « " + to.label() + " ».";
    }
}
