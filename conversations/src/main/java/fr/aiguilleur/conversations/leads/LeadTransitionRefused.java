package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.texts.Texts;

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
        Texts french = Texts.of(Texts.FRENCH);
        if (from.isFinal()) {
            return french.get("lead.transition.final", french.name(from));
        }
        if (from == to) {
            return french.get("lead.transition.same", french.name(from));
        }
        return french.get("lead.transition.back", french.name(from), french.name(to));
    }
}
