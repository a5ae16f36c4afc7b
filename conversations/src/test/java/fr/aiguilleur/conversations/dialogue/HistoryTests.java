package fr.aiguilleur.conversations.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTests {

    private static List<String> texts(List<HistoryLine> lines) {
        return lines.stream().map(line -> (line.fromPerson() ? "> " : "") + line.message().text()).toList();
    }

    @Test
    void showsEachAnsweredQuestionWithItsAnswerThenTheQuestionBeingAsked() {
        var dialogue = Dialogue.bookingVisit().answerUntil("postcode");
        var lines = dialogue.engine.history(dialogue.conversation);
        assertThat(texts(lines)).containsSubsequence("> C'est parti", 
                "> Chef d'entreprise ou à mon compte", "> Commerce", "> Je suis seul(e)");
        HistoryLine last = lines.get(lines.size() - 1);
        assertThat(last.fromPerson()).isFalse();
        assertThat(last.message().hint()).isEqualTo(InputHint.POSTCODE);
        assertThat(last.message().back()).isNotNull();
        assertThat(last.message().number()).isEqualTo(new QuestionNumber(4, 17));
    }

    @Test
    void showsTheResultCardAndTheVisitOfferAfterTheResult() {
        var dialogue = Dialogue.bookingVisit().answerUntil("visit_offer");
        var lines = dialogue.engine.history(dialogue.conversation);
        assertThat(lines).anySatisfy(line -> assertThat(line.message().attachment())
                .isInstanceOf(Attachment.ResultCard.class));
        assertThat(lines.get(lines.size() - 1).message().buttons()).extracting(Button::optionId).contains("accept");
        assertThat(texts(lines)).contains("> Nulle part");
    }

    @Test
    void showsTheBookedVisitWithItsInvite() {
        var dialogue = new Dialogue(FixedDiagnostician.bookVisit(), FakePlanner.withSlots(2)).answerUntil("visit_offer")
                .tap("accept").tap("evening").tap("done").tap("phone").tap("s1").type("Marie").tap("email")
                .type("marie@exemple.fr").tap("yes");
        var lines = dialogue.engine.history(dialogue.conversation);
        HistoryLine last = lines.get(lines.size() - 1);
        assertThat(last.message().text()).startsWith("Votre rendez-vous est réservé : lundi 11 mai, 9 h");
        assertThat(last.message().attachment()).isInstanceOf(Attachment.Invite.class);
        assertThat(texts(lines)).contains("> En fin de journée", "> Par téléphone").noneMatch(text -> text.contains("marie@"));
    }
}
