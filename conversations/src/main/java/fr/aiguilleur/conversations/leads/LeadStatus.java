package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.texts.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a coordinator is with a lead. The workflow goes forward along NEW → CONTACTED →
 * VISIT_SCHEDULED → VISITED → CLOSED, one step or several at once (a visit booked online goes from
 * NEW to VISIT_SCHEDULED as soon as the coordinator confirms it); any status but a final one may
 * become CANCELLED; CLOSED and CANCELLED are final.
 */
public enum LeadStatus {
    NEW,
    CONTACTED,
    VISIT_SCHEDULED,
    VISITED,
    CLOSED,
    CANCELLED;

    /** The status in plain French, lower case ("visite prévue"): its shared name, {@code lead.status.<STATUS>}. */
    public String label() {
        return Texts.of(Texts.FRENCH).name(this);
    }

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Whether the workflow allows going from this status to {@code to}. */
    public boolean canMoveTo(LeadStatus to) {
        if (isFinal() || to == this) {
            return false;
        }
        return to == CANCELLED || to.ordinal() > ordinal();
    }

    /** The statuses this one may move to, in workflow order (CANCELLED last); empty when final. */
    public List<LeadStatus> allowedNext() {
        var next = new ArrayList<LeadStatus>();
        for (LeadStatus status : values()) {
            if (canMoveTo(status)) {
                next.add(status);
            }
        }
        return List.copyOf(next);
    }
}
