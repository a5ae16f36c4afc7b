package fr.aiguilleur.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.Samples;
import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.InMemoryCheckIns;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.leads.InMemoryLeads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalDataTests {

    final InMemoryCheckIns checkIns = new InMemoryCheckIns();
    final PersonalData data = new PersonalData(Questionnaires.packaged(), new InMemoryLeads(), checkIns);

    @Test
    void includesTheFollowUpsThePersonAgreedTo() {
        ConversationId id = Samples.newConversationId();
        ConversationId someoneElse = Samples.newConversationId();
        checkIns.add(agreed("checkin-mine", id));
        checkIns.add(agreed("checkin-theirs", someoneElse));

        String json = new String(data.json(Samples.conversation(id)), StandardCharsets.UTF_8);

        assertThat(json).contains("\"followUps\"", "\"agreedAt\" : \"" + Samples.NOW + "\"", "\"status\" : \"WAITING\"",
                "\"scoresThen\"");
        assertThat(json.split("\"agreedAt\"", -1)).as("only theirs").hasSize(2);
    }

    @Test
    void saysNothingOfFollowUpsWhenNoneWasAgreedTo() {
        String json = new String(data.json(Samples.conversation(Samples.newConversationId())), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("followUps");
    }

    private static CheckIn agreed(String checkInId, ConversationId id) {
        return CheckIn.agreed(new DialogueEvent.FollowUpAccepted(checkInId, id, Channel.TELEGRAM, "fr", Answers.none(),
                Samples.diagnosis(), null, Samples.NOW));
    }
}
