package fr.aiguilleur.bot.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.bot.support.TestClock;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadRetention;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeadPurgeJobTests {

    final TestClock clock = new TestClock(Samples.NOW);
    final InMemoryLeads leads = new InMemoryLeads();
    final LeadPurgeJob job = new LeadPurgeJob(leads, new LeadRetention(Duration.ofDays(1095)), clock);

    private Lead savedNow() {
        Lead lead = Samples.lead(Samples.newConversationId(), clock.instant());
        leads.save(lead);
        return lead;
    }

    @Test
    void removesALeadPastTheRetentionAndKeepsANewerOne() {
        Lead old = savedNow();
        clock.advance(Duration.ofDays(400));
        Lead newer = savedNow();
        clock.advance(Duration.ofDays(700));

        assertThat(job.purge()).isEqualTo(1);
        assertThat(leads.find(old.id())).isEmpty();
        assertThat(leads.find(newer.id())).isPresent();
        assertThat(job.purge()).as("nothing left to forget").isZero();
    }

    @Test
    void countsTheRetentionFromTheLastContact() {
        Lead lead = savedNow();
        clock.advance(Duration.ofDays(1000));
        leads.save(lead.moveTo(LeadStatus.VISITED, "alice", clock.instant()));
        clock.advance(Duration.ofDays(200));

        assertThat(job.purge()).isZero();
        assertThat(leads.find(lead.id())).isPresent();
    }
}
