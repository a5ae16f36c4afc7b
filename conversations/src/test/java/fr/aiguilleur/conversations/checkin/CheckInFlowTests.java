package fr.aiguilleur.conversations.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.channels.Channel;
import fr.aiguilleur.conversations.channels.ConversationId;
import fr.aiguilleur.conversations.diagnosis.Answers;
import fr.aiguilleur.conversations.diagnosis.Axis;
import fr.aiguilleur.conversations.dialogue.Button;
import fr.aiguilleur.conversations.dialogue.DialogueEvent;
import fr.aiguilleur.conversations.dialogue.Message;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import fr.aiguilleur.conversations.services.ServiceCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckInFlowTests {

    static final Instant AGREED = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant SENT = AGREED.plus(Duration.ofDays(42));
    static final PointsDiagnostician RULES = new PointsDiagnostician();
    static final CheckInFlow FLOW = new CheckInFlow(Questionnaires.packaged(), RULES, ServiceCatalogue.packaged(), 2);

    static final Map<String, List<String>> ANSWERS = Map.of("role", List.of("owner"), "postcode", List.of("69003"),
            "customers_online", List.of("often"), "presence_updated", List.of("no"), "admin_online", List.of("self_ok"),
            "presence", List.of("site", "social"));

    static CheckIn agreed(String language, String leadId) {
        Answers answers = new Answers(ANSWERS);
        return CheckIn.agreed(new DialogueEvent.FollowUpAccepted("0f7c9a52-3c61-3d4e-9d7b-6c1a0e6f2b10",
                new ConversationId("telegram:42"), Channel.TELEGRAM, language, answers, RULES.diagnose(answers), leadId,
                AGREED));
    }

    static CheckIn sent(String language) {
        CheckIn waiting = agreed(language, null);
        String need = new MainNeed(RULES).of(waiting, Questionnaires.packaged().current()).orElse(null);
        return waiting.sent(SENT, need, null);
    }

    static CheckIn tap(CheckIn checkIn, String option) {
        return FLOW.answer(checkIn, option, SENT.plus(Duration.ofMinutes(1))).checkIn();
    }

    @Nested
    class Agreement {

        @Test
        void keepsTheTerritoryTheServicesAndTheFirstScores() {
            CheckIn checkIn = agreed("fr", null);
            assertThat(checkIn.status()).isEqualTo(CheckInStatus.WAITING);
            assertThat(checkIn.departement()).isEqualTo("69");
            assertThat(checkIn.services()).containsExactly("francenum-guides", "francenum-activateurs");
            assertThat(checkIn.firstScores()).containsEntry(Axis.PRESENCE, 50);
        }

        @Test
        void asksAgainTheAnswerThatWeighedMostAndNeverWhoThePersonIs() {
            assertThat(new MainNeed(RULES).of(agreed("fr", null), Questionnaires.packaged().current()))
                    .as("40 points, more than the 10 of out-of-date pages; without a role no score at all")
                    .contains("customers_online");
        }
    }

    @Nested
    class Questions {

        @Test
        void openWithTheServicesByNameAndOfferToStop() {
            Message opening = FLOW.opening(sent("fr"));
            assertThat(opening.text()).contains("je vous ai indiqué France Num — guides pratiques et France Num — Activateurs,")
                    .endsWith("Avez-vous pu les contacter ?");
            assertThat(opening.buttons()).extracting(Button::label)
                    .containsExactly("Oui", "Pas encore", "Non", "Non merci, ne plus me demander");
            assertThat(opening.buttons()).allSatisfy(button -> assertThat(
                    ("c|" + button.check() + "|" + button.questionId() + "|" + button.optionId())
                            .getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64));
        }

        @Test
        void speakEnglishToAnEnglishSpeaker() {
            assertThat(FLOW.opening(sent("en")).text()).startsWith("Hello! A few weeks ago I pointed you to")
                    .endsWith("Did you manage to contact them?");
        }

        @Test
        void askAboutTheVisitWhenThereWasOne() {
            CheckIn visit = agreed("fr", "lead-7").sent(SENT, "customers_online", "lead-7");
            assertThat(FLOW.opening(visit).text()).endsWith("Avez-vous pu le rencontrer ?");
        }

        @Test
        void skipWhetherItHelpedWhenThePersonDidNotGo() {
            CheckIn notYet = tap(sent("fr"), "w:not_yet");
            assertThat(notYet.asking()).isEqualTo(CheckInQuestion.NEED);
            assertThat(notYet.helped()).isNull();
        }

        @Test
        void reAskTheNeedWithTheQuestionnairesOwnOptions() {
            CheckIn atNeed = tap(tap(sent("fr"), "w:yes"), "h:yes");
            Message need = FLOW.current(atNeed).orElseThrow();
            assertThat(need.text()).startsWith("Et aujourd'hui, où en êtes-vous ? Vos clients vous demandent-ils");
            assertThat(need.buttons()).extracting(Button::optionId)
                    .containsExactly("n:often", "n:sometimes", "n:never", "stop");
        }
    }

    @Nested
    class Answers_ {

        @Test
        void storeTheLaterScoresBesideTheFirstAndDropTheAnswersAtTheEnd() {
            CheckIn done = tap(tap(tap(tap(sent("fr"), "w:yes"), "h:a_little"), "n:sometimes"), "m:no");
            assertThat(done.status()).isEqualTo(CheckInStatus.ANSWERED);
            assertThat(done.change()).containsEntry(Axis.PRESENCE, -20).containsEntry(Axis.ADMINISTRATIVE, 0);
            assertThat(done.answers()).isEmpty();
            assertThat(done.asking()).isNull();
            assertThat(done.version()).isEqualTo(sent("fr").version() + 4);
        }

        @Test
        void aVisitAskedForComesWithTheAnswersAsTheyNowStand() {
            CheckIn atMore = tap(tap(tap(sent("fr"), "w:no"), "n:never"), "m:yes");
            assertThat(atMore.wantsVisit()).isTrue();
            var step = FLOW.answer(tap(tap(sent("fr"), "w:no"), "n:never"), "m:yes", SENT);
            assertThat(step.visitAsked()).isTrue();
            assertThat(step.visitAnswers().get("customers_online")).containsExactly("never");
            assertThat(step.messages()).extracting(Message::text).singleElement().asString()
                    .startsWith("Merci ! Un conseiller vous recontactera dans les 2 jours ouvrés");
        }

        @Test
        void noThanksStopsAtAnyQuestion() {
            var step = FLOW.answer(tap(sent("fr"), "w:yes"), "stop", SENT);
            assertThat(step.checkIn().status()).isEqualTo(CheckInStatus.STOPPED);
            assertThat(step.messages()).extracting(Message::text).singleElement().asString()
                    .startsWith("C'est noté : je ne vous écrirai plus.");
            assertThat(FLOW.current(step.checkIn())).isEmpty();
        }

        @Test
        void aTapOnAnEarlierQuestionChangesNothingAndShowsTheCurrentOne() {
            CheckIn atHelped = tap(sent("fr"), "w:yes");
            var step = FLOW.answer(atHelped, "w:no", SENT);
            assertThat(step.changed(atHelped)).isFalse();
            assertThat(step.messages().get(0).text()).startsWith("Cette question a changé.").endsWith("Cela vous a-t-il aidé ?");
        }

        @Test
        void anOptionTheQuestionDoesNotHaveChangesNothing() {
            CheckIn atNeed = tap(tap(sent("fr"), "w:yes"), "h:yes");
            assertThat(FLOW.answer(atNeed, "n:whenever", SENT).changed(atNeed)).isFalse();
            assertThat(FLOW.answer(atNeed, "garbage", SENT).changed(atNeed)).isFalse();
        }

        @Test
        void aTapAfterNoThanksSaysNoAgain() {
            CheckIn stopped = FLOW.answer(sent("fr"), "stop", SENT).checkIn();
            var step = FLOW.answer(stopped, "w:yes", SENT);
            assertThat(step.changed(stopped)).isFalse();
            assertThat(step.messages().get(0).text()).startsWith("C'est noté : je ne vous écrirai plus.");
        }

        @Test
        void aTapAfterTheEndSaysItIsOver() {
            CheckIn done = tap(tap(tap(tap(sent("fr"), "w:yes"), "h:yes"), "n:never"), "m:no");
            var step = FLOW.answer(done, "w:yes", SENT);
            assertThat(step.changed(done)).isFalse();
            assertThat(step.messages().get(0).text()).startsWith("Ce suivi est terminé");
        }

        @Test
        void aCheckInNotYetSentAnswersNothing() {
            CheckIn waiting = agreed("fr", null);
            var step = FLOW.answer(waiting, "w:yes", SENT);
            assertThat(step.changed(waiting)).isFalse();
        }
    }
}
