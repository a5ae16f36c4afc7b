package fr.aiguilleur.bot.telegram.coordinators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadTapTests {

    @Test
    void carriesTheLeadIdWithin64Bytes() {
        String id = UUID.randomUUID().toString();

        String data = LeadTap.dataFor(id).orElseThrow();

        assertThat(data).isEqualTo("lead|take|" + id);
        assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        assertThat(LeadTap.parse(data)).contains(new LeadTap(id));
    }

    @Test
    void makesNoButtonForAnIdItCannotCarry() {
        assertThat(LeadTap.dataFor("a|b")).isEmpty();
        assertThat(LeadTap.dataFor("x".repeat(55))).isEmpty();
        assertThat(LeadTap.dataFor(null)).isEmpty();
    }

    @Test
    void readsOnlyWhatItWrote() {
        assertThat(LeadTap.parse("lead|take|")).isEmpty();
        assertThat(LeadTap.parse("lead|give|abc")).isEmpty();
        assertThat(LeadTap.parse("lead|take|abc|def")).isEmpty();
        assertThat(LeadTap.parse("lead|take|ab c")).isEmpty();
        assertThat(LeadTap.parse("c|v1.1|consent|yes")).isEmpty();
    }

    @Test
    void tellsLeadTapsFromQuestionTaps() {
        assertThat(LeadTap.isMeantForALead("lead|take|abc")).isTrue();
        assertThat(LeadTap.isMeantForALead("lead|whatever")).isTrue();
        assertThat(LeadTap.isMeantForALead("c|v1.1|consent|yes")).isFalse();
        assertThat(LeadTap.isMeantForALead(null)).isFalse();
    }
}
