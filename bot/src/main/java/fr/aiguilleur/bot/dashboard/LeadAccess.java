package fr.aiguilleur.bot.dashboard;

import fr.aiguilleur.conversations.booking.Coordinators;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which leads a viewer may see: an admin every lead, a coordinator the leads they follow (the
 * lead's coordinator, or when it names none, the coordinator of its place). Another territory's
 * lead is reported absent, so its existence does not leak. Blocking: call off the event loop.
 */
final class LeadAccess {

    private final Leads leads;
    private final CoordinatorsSource coordinators;

    LeadAccess(Leads leads, CoordinatorsSource coordinators) {
        this.leads = leads;
        this.coordinators = coordinators;
    }

    /** The leads the viewer may see, newest first. */
    List<Lead> visible(Viewer viewer) {
        return leads.all().stream()
                .filter(lead -> sees(viewer, lead))
                .sorted(Comparator.comparing(Lead::createdAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The lead, when it exists and the viewer may see it. */
    Optional<Lead> find(Viewer viewer, String id) {
        return leads.find(id).filter(lead -> sees(viewer, lead));
    }

    /** Stores a lead the viewer changed. */
    void save(Lead lead) {
        leads.save(lead);
    }

    /** Forgets every lead of a conversation (an admin erases the person). */
    void eraseFor(ConversationId conversation) {
        leads.eraseFor(conversation);
    }

    boolean sees(Viewer viewer, Lead lead) {
        return viewer.admin() || viewer.coordinatorId().equals(followerOf(lead));
    }

    /** The id of the coordinator who follows the lead. */
    String followerOf(Lead lead) {
        if (lead.coordinatorId() != null) {
            return lead.coordinatorId();
        }
        Coordinators all = coordinators.get();
        String place = lead.postcode() != null ? lead.postcode() : lead.departement();
        return all.route(place).coordinator().id();
    }
}
