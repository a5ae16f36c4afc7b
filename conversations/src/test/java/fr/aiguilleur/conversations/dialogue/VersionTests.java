package fr.aiguilleur.conversations.dialogue;

import fr.aiguilleur.conversations.channels.ConversationId;

import fr.aiguilleur.conversations.channels.Channel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.booking.VisitPlanner;
import fr.aiguilleur.conversations.questionnaire.Questionnaire;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTests {

    private static final Questionnaire V0 = v0();
    private static final Questionnaire V1 = Questionnaire.packaged();
    private static final ConversationId ID = new ConversationId("web:v");

    private static DialogueEngine engine(Questionnaire... known) {
        return new DialogueEngine(new Questionnaires(List.of(known)), new FixedDiagnostician(FixedDiagnostician.bookVisit()),
                Dialogue.SERVICES, VisitPlanner.NONE);
    }

    @Test
    void opensNewConversationsOnTheCurrentVersion() {
        Turn turn = engine(V0, V1).open(ID, Channel.WEB, null, "fr", Dialogue.START);
        assertThat(turn.conversation().questionnaireVersion()).isEqualTo("v1");
        assertThat(turn.messages().get(0).buttons().get(0).check()).startsWith("v1.");
    }

    @Test
    void keepsTheVersionAConversationStartedOn() {
        Conversation started = engine(V0).open(ID, Channel.WEB, null, "fr", Dialogue.START).conversation();
        DialogueEngine upgraded = engine(V0, V1);
        Turn consent = upgraded.handle(started, choice(started, "consent", "yes"), Dialogue.START);
        assertThat(consent.conversation().questionnaireVersion()).isEqualTo("v0");
        assertThat(consent.messages().get(0).text()).isEqualTo("Votre rôle (v0) ?");

        Turn role = upgraded.handle(consent.conversation(), choice(consent.conversation(), "role", "owner"), Dialogue.START);
        assertThat(role.conversation().step()).as("v0 has no sector question").isEqualTo("headcount");
    }

    @Test
    void startsAgainOnTheCurrentVersionWhenTheOldOneIsGone() {
        Conversation started = engine(V0).open(ID, Channel.WEB, "qr", "fr", Dialogue.START).conversation();
        Turn turn = engine(V1).handle(started, new Input.Text("bonjour"), Dialogue.START);
        assertThat(turn.conversation().questionnaireVersion()).isEqualTo("v1");
        assertThat(turn.conversation().step()).isEqualTo("consent");
        assertThat(turn.conversation().version()).isEqualTo(started.version() + 1);
        assertThat(turn.conversation().source()).isEqualTo("qr");
        assertThat(turn.messages().get(0).text()).startsWith("Le questionnaire a changé");
    }

    private static Input choice(Conversation conversation, String question, String option) {
        return new Input.Choice(question, option, conversation.questionnaireVersion() + "." + conversation.stepCount());
    }

    private static Questionnaire v0() {
        try (InputStream in = VersionTests.class.getResourceAsStream("/questionnaire/questionnaire-v0.yaml")) {
            return Questionnaire.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "questionnaire-v0.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
