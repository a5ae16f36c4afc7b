package fr.aiguilleur.bot.jobs;

import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Forgets the people whose leads have passed their retention: a conversation's leads go together,
 * once the most recent contact of all of them is older than the retention. Idempotent, so several
 * instances may run it at once.
 */
public class LeadPurgeJob {

    private final Leads leads;
    private final LeadRetention retention;
    private final Clock clock;

    public LeadPurgeJob(Leads leads, LeadRetention retention, Clock clock) {
        this.leads = leads;
        this.retention = retention;
        this.clock = clock;
    }

    /** Erases the leads past their retention; returns how many people were forgotten. */
    public int purge() {
        Instant now = clock.instant();
        Map<ConversationId, List<Lead>> byPerson = leads.all().stream()
                .collect(Collectors.groupingBy(Lead::conversationId));
        int erased = 0;
        for (var person : byPerson.entrySet()) {
            if (person.getValue().stream().allMatch(lead -> retention.expired(lead, now))) {
                leads.eraseFor(person.getKey());
                erased++;
            }
        }
        return erased;
    }
}
