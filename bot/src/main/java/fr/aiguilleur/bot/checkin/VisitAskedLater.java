package fr.aiguilleur.bot.checkin;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.leads.StatusChange;
import fr.aiguilleur.conversations.questionnaire.FixedIds;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The lead of a person who, answering their follow-up, asked for a visit: a coordinator calls them
 * back (no slot), on Telegram or with the contact details of their earlier visit. Its diagnosis is
 * the one of their answers as they now stand; its id derives from the check-in, so recording it
 * again is no second lead.
 */
public final class VisitAskedLater {

    /** The source shown for these leads. */
    static final String SOURCE = "suivi";

    private final Diagnostician diagnostician;
    private final Leads leads;

    public VisitAskedLater(Diagnostician diagnostician, Leads leads) {
        this.diagnostician = diagnostician;
        this.leads = leads;
    }

    /** The lead of the visit asked for in this check-in, with the person's answers as they now stand. */
    public Lead lead(CheckIn checkIn, Answers answers, Instant now) {
        Optional<Lead> earlier = Optional.ofNullable(checkIn.leadId()).flatMap(leads::find);
        String id = UUID.nameUUIDFromBytes(("visit-asked-later:" + checkIn.id()).getBytes(StandardCharsets.UTF_8))
                .toString();
        String contact = checkIn.channel() == Channel.TELEGRAM ? FixedIds.TELEGRAM
                : earlier.map(Lead::contactChannel).orElse(null);
        var created = new StatusChange(null, LeadStatus.NEW, Lead.PERSON, now);
        return new Lead(id, checkIn.conversationId(), checkIn.channel(), SOURCE, now,
                earlier.map(Lead::firstName).orElse(null), contact, earlier.map(Lead::phone).orElse(null),
                earlier.map(Lead::email).orElse(null),
                answers.single(FixedIds.POSTCODE).or(() -> earlier.map(Lead::postcode)).orElse(null),
                checkIn.departement(), diagnostician.diagnose(answers),
                earlier.map(Lead::availability).orElse(List.of()), earlier.map(Lead::visitFormat).orElse(null),
                null, true, LeadStatus.NEW, null, null, checkIn.language(), answers.get("obstacles"),
                List.of(created), List.of(), 0);
    }
}
