package fr.aiguilleur.conversations.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadRetentionTests {

    private static final Instant CREATED = Instant.parse("2026-01-10T10:00:00Z");

    private static Lead lead() {
        return new Lead("l1", new ConversationId("web:1"), Channel.WEB, null, CREATED, "Marie", "phone",
                "+33612345678", null, "33210", "33", null, List.of(), null, null, false, LeadStatus.NEW);
    }

    @Test
    void saysTheDurationInPlainWordsInBothLanguages() {
        assertThat(LeadRetention.DEFAULT.words("fr")).isEqualTo("3 ans");
        assertThat(LeadRetention.DEFAULT.words("en")).isEqualTo("3 years");
        assertThat(new LeadRetention(Duration.ofDays(540)).words("fr")).isEqualTo("18 mois");
        assertThat(new LeadRetention(Duration.ofDays(365)).words("fr")).isEqualTo("1 an");
        assertThat(new LeadRetention(Duration.ofDays(45)).words("en")).isEqualTo("45 days");
    }

    @Test
    void countsFromTheLastContactNotFromTheCreation() {
        var retention = new LeadRetention(Duration.ofDays(30));
        Lead noted = lead().withNote("alice", "Rappelée", CREATED.plus(Duration.ofDays(20)));
        Instant now = CREATED.plus(Duration.ofDays(40));
        assertThat(retention.expired(lead(), now)).isTrue();
        assertThat(retention.expired(noted, now)).isFalse();
        assertThat(noted.lastContact()).isEqualTo(CREATED.plus(Duration.ofDays(20)));
    }

    @Test
    void refusesANonPositiveDuration() {
        assertThatThrownBy(() -> new LeadRetention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
