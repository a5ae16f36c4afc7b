package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.leads.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * When a waiting check-in is due: {@code after} the referral to services, or, when a visit was
 * booked in that conversation (before agreeing, or after, by a referred person who asked for one),
 * {@code after} the visit was marked done. A visit cancelled drops a check-in that was about it.
 * Nothing is due before {@code after} has passed since the agreement (a visit is done after it):
 * the leads are not read for those.
 */
final class CheckInTiming {

    /** What the job should do with a waiting check-in now. */
    record Verdict(boolean due, boolean drop, Lead visit) {

        static final Verdict NOT_YET = new Verdict(false, false, null);
        static final Verdict DROP = new Verdict(false, true, null);
    }

    private final Leads leads;
    private final Duration after;

    CheckInTiming(Leads leads, Duration after) {
        this.leads = leads;
        this.after = after;
    }

    Verdict of(CheckIn checkIn, Instant now) {
        if (checkIn.agreedAt().plus(after).isAfter(now)) {
            return Verdict.NOT_YET;
        }
        Optional<Lead> visit = checkIn.leadId() != null ? leads.find(checkIn.leadId())
                : leads.of(checkIn.conversationId()).stream().filter(lead -> !lead.createdAt().isBefore(checkIn.agreedAt()))
                        .max(Comparator.comparing(Lead::createdAt));
        if (visit.isEmpty()) {
            return checkIn.leadId() != null ? Verdict.DROP : at(checkIn.agreedAt(), now, null);
        }
        Optional<Instant> visited = visit.get().history().stream().filter(change -> change.to() == LeadStatus.VISITED)
                .map(StatusChange::at).findFirst();
        if (visited.isPresent()) {
            return at(visited.get(), now, visit.get());
        }
        if (visit.get().status().isFinal()) {
            return checkIn.leadId() != null ? Verdict.DROP : at(checkIn.agreedAt(), now, null);
        }
        return Verdict.NOT_YET;
    }

    private Verdict at(Instant from, Instant now, Lead visit) {
        return from.plus(after).isAfter(now) ? Verdict.NOT_YET : new Verdict(true, false, visit);
    }
}
