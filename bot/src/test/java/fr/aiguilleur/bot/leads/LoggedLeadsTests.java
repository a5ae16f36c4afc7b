package fr.aiguilleur.bot.leads;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.diagnosis.Decision;
import fr.aiguilleur.conversations.diagnosis.Diagnosis;
import fr.aiguilleur.conversations.diagnosis.Priority;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.LeadStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoggedLeadsTests {

    @Test
    void logsTheLeadWithoutPersonalData(CapturedOutput output) {
        var diagnosis = new Diagnosis(Map.of(), Map.of(), null, Decision.BOOK_VISIT, Priority.HIGH, List.of(),
                List.of(), "v1", "abc");
        var lead = new Lead("lead-7", new ConversationId("telegram:99887766"), Channel.TELEGRAM, "salon-33",
                Instant.parse("2026-05-12T08:00:00Z"), "Martine", "phone", "+33612345678", "martine@example.fr",
                "33210", "33", diagnosis, List.of("early"), "onsite", null, false, LeadStatus.NEW);

        new LoggedLeads().onLeadConfirmed(lead);

        assertThat(output.getOut())
                .contains("lead lead-7 confirmed for département 33, decision BOOK_VISIT, priority HIGH")
                .doesNotContain("Martine").doesNotContain("+33612345678").doesNotContain("example.fr")
                .doesNotContain("33210").doesNotContain("99887766");
    }
}
