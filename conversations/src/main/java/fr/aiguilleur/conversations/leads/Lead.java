package fr.aiguilleur.conversations.leads;

import fr.aiguilleur.conversations.booking.VisitSlot;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person who asked for a coordinator's visit, with what a coordinator needs to follow it up, and
 * how the follow-up went (status workflow of {@link LeadStatus}, history, notes). The only record
 * holding contact details; kept for the retention after its last contact (see {@link LeadRetention}). Fields added later are nullable or
 * empty, so a lead stored by an older version still reads.
 *
 * @param id                a UUID, the same for every retry of the turn that confirmed it
 * @param contactChannel    phone, email or telegram
 * @param phone             E.164, or {@code null}
 * @param email             or {@code null}
 * @param availability      {@code availability} option ids (the moments that suit the person)
 * @param visitFormat       {@code visit_format} option id
 * @param slot              the slot reserved, {@code null} when a coordinator must call back
 * @param requestedByPerson true when the rules did not propose the visit but the person asked
 * @param coordinatorId     who follows it: the slot's coordinator, else the one of its territory
 * @param assignedTo        the coordinator who took it, {@code null} until one does
 * @param language          the conversation's language, "fr" or "en"
 * @param obstacles         {@code obstacles} option ids (what holds the person back)
 * @param history           the creation, changes of status and assignments, oldest first
 * @param notes             the coordinators' notes, oldest first
 * @param version           0 when created, one more at each change
 */
public record Lead(
        String id,
        ConversationId conversationId,
        Channel channel,
        String source,
        Instant createdAt,
        String firstName,
        String contactChannel,
        String phone,
        String email,
        String postcode,
        String departement,
        Diagnosis diagnosis,
        List<String> availability,
        String visitFormat,
        VisitSlot slot,
        boolean requestedByPerson,
        LeadStatus status,
        String coordinatorId,
        String assignedTo,
        String language,
        List<String> obstacles,
        List<StatusChange> history,
        List<LeadNote> notes,
        long version) {

    /** Who is named in the history for what the person did themself (confirming, cancelling). */
    public static final String PERSON = "person";

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(status, "status");
        availability = availability == null ? List.of() : List.copyOf(availability);
        obstacles = obstacles == null ? List.of() : List.copyOf(obstacles);
        history = history == null ? List.of() : List.copyOf(history);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (coordinatorId == null && slot != null) {
            coordinatorId = slot.coordinatorId();
        }
    }

    /** A lead as the first version had it: no coordinator, history nor notes yet. */
    public Lead(String id, ConversationId conversationId, Channel channel, String source, Instant createdAt,
            String firstName, String contactChannel, String phone, String email, String postcode, String departement,
            Diagnosis diagnosis, List<String> availability, String visitFormat, VisitSlot slot,
            boolean requestedByPerson, LeadStatus status) {
        this(id, conversationId, channel, source, createdAt, firstName, contactChannel, phone, email, postcode,
                departement, diagnosis, availability, visitFormat, slot, requestedByPerson, status, null, null, null,
                List.of(), List.of(), List.of(), 0);
    }

    /**
     * The last time anything happened with this lead: its creation, a change of status or a note
     * (the start of its retention period); {@code null} when none is dated.
     */
    public Instant lastContact() {
        Instant last = createdAt;
        for (StatusChange change : history) {
            last = later(last, change.at());
        }
        for (LeadNote note : notes) {
            last = later(last, note.at());
        }
        return last;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The statuses a coordinator may move this lead to now (the dashboard's buttons). */
    public List<LeadStatus> allowedNext() {
        return status.allowedNext();
    }

    /**
     * The lead moved to another status, with a line of history.
     *
     * @throws LeadTransitionRefused when the workflow does not allow it
     */
    public Lead moveTo(LeadStatus to, String by, Instant at) {
        Objects.requireNonNull(to, "to");
        if (!status.canMoveTo(to)) {
            throw new LeadTransitionRefused(status, to);
        }
        return changed(to, coordinatorId, assignedTo, slot, added(history, new StatusChange(status, to, by, at)),
                notes);
    }

    /** The lead with one more note. @throws IllegalArgumentException for an empty or too long text */
    public Lead withNote(String author, String text, Instant at) {
        return changed(status, coordinatorId, assignedTo, slot, history, added(notes, new LeadNote(author, at, text)));
    }

    /** The lead taken by a coordinator (a line of history records it); it also becomes theirs to follow. */
    public Lead assignTo(String coordinator, Instant at) {
        Objects.requireNonNull(coordinator, "coordinator");
        return changed(status, coordinator, coordinator, slot,
                added(history, new StatusChange(status, status, coordinator, at)), notes);
    }

    /** The lead with another slot ({@code null}: to call back); a slot's coordinator follows it. */
    public Lead withSlot(VisitSlot newSlot) {
        String follower = newSlot == null ? coordinatorId : newSlot.coordinatorId();
        return changed(status, follower, assignedTo, newSlot, history, notes);
    }

    /** The lead followed by this coordinator, found by routing its place when it is created (same version). */
    public Lead withCoordinator(String coordinator) {
        return new Lead(id, conversationId, channel, source, createdAt, firstName, contactChannel, phone, email,
                postcode, departement, diagnosis, availability, visitFormat, slot, requestedByPerson, status,
                coordinator, assignedTo, language, obstacles, history, notes, version);
    }

    /**
     * The same lead with another status, without checking the workflow nor writing history: for
     * stores and tests; coordinators' changes go through {@link #moveTo}.
     */
    public Lead withStatus(LeadStatus newStatus) {
        return changed(newStatus, coordinatorId, assignedTo, slot, history, notes);
    }

    private Lead changed(LeadStatus newStatus, String coordinator, String assignee, VisitSlot newSlot,
            List<StatusChange> newHistory, List<LeadNote> newNotes) {
        return new Lead(id, conversationId, channel, source, createdAt, firstName, contactChannel, phone, email,
                postcode, departement, diagnosis, availability, visitFormat, newSlot, requestedByPerson, newStatus,
                coordinator, assignee, language, obstacles, newHistory, newNotes, version + 1);
    }

    private static <T> List<T> added(List<T> list, T item) {
        var copy = new ArrayList<T>(list);
        copy.add(item);
        return copy;
    }
}
