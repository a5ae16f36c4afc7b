package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.leads.Leads;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The follow-up's page rendered by the server in each of its states, as its reader gets it: a
 * question, the thanks, over, "Non merci" taken, and a link that leads nowhere.
 */
@BotTest
class CheckInPageTests {

    @Autowired
    WebTestClient client;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Leads leads;

    @Autowired
    Diagnostician diagnostician;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    RulesInUse rules;

    SentCheckIns sent;

    @BeforeEach
    void rulesBuilt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> rules.ready().isPresent());
        sent = new SentCheckIns(checkIns, diagnostician, questionnaires);
    }

    private static String path(CheckIn checkIn) {
        return CheckInPage.PATH + checkIn.id();
    }

    private static void readable(CheckInPageView page) {
        assertThat(page.html()).doesNotContain("??", "#{", "Oups", ">null<")
                .doesNotContainPattern("checkin\\.(went|helped|need|more|page|over|stop|thanks|gone)");
    }

    @Nested
    class AQuestion {

        @Test
        void showsTheQuestionWithOneButtonPerAnswerAndNoThanksLast() {
            CheckIn checkIn = sent.sent("fr");
            var page = CheckInPageView.get(client, path(checkIn));
            readable(page);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.said()).singleElement().asString().startsWith("Bonjour ! Il y a quelques semaines");
            assertThat(page.options()).containsExactly("w:yes", "w:not_yet", "w:no", "stop");
            assertThat(page.html()).contains("method=\"post\"", "action=\"/suivi/" + checkIn.id() + "\"",
                    "class=\"stop\"", "<meta name=\"robots\" content=\"noindex\">");
            assertThat(page.html()).as("the question mark kept with its word on a narrow screen")
                    .contains("rencontrer\u202F?").doesNotContain("rencontrer ?");
        }

        @Test
        void isKeptOutOfCachesAndReferrers() {
            CheckIn checkIn = sent.sent("fr");
            client.get().uri(path(checkIn)).exchange().expectStatus().isOk()
                    .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
        }

        @Test
        void anAnswerToAnotherQuestionChangesNothingAndAsksAgain() {
            CheckIn checkIn = sent.sent("fr");
            for (String option : new String[] {"h:yes", "w:maybe", ""}) {
                var page = CheckInPageView.post(client, path(checkIn), option);
                readable(page);
                assertThat(page.said()).singleElement().asString().startsWith("Cette question a changé.")
                        .endsWith("Avez-vous pu le rencontrer ?");
                assertThat(page.options()).containsExactly("w:yes", "w:not_yet", "w:no", "stop");
            }
            assertThat(checkIns.find(checkIn.id()).orElseThrow()).isEqualTo(checkIn);
        }

        @Test
        void isInEnglishForAPersonWhoChoseEnglishWhateverTheBrowserSays() {
            CheckIn checkIn = sent.sent("en");
            var page = CheckInPageView.get(client, path(checkIn), "fr-FR,fr;q=0.9");
            readable(page);
            assertThat(page.language()).isEqualTo("en");
            assertThat(page.said()).singleElement().asString().startsWith("Hello! A few weeks ago");
            assertThat(page.buttons().values()).containsExactly("Yes", "Not yet", "No", "No thanks, do not ask again");
        }
    }

    @Nested
    class TheEnd {

        @Test
        void thanksAfterTheLastAnswerThenSaysItIsOver() {
            CheckIn checkIn = sent.sent("fr");
            CheckInPageView.post(client, path(checkIn), "w:no");
            CheckInPageView.post(client, path(checkIn), "n:paper");
            var thanks = CheckInPageView.post(client, path(checkIn), "m:no");
            readable(thanks);
            assertThat(thanks.said()).containsExactly("Merci pour vos réponses ! Elles nous aident à mieux orienter "
                    + "les entrepreneurs. Bonne continuation !");
            assertThat(thanks.buttons()).isEmpty();
            assertThat(thanks.html()).doesNotContain("<form");

            var over = CheckInPageView.get(client, path(checkIn));
            readable(over);
            assertThat(over.status()).isEqualTo(200);
            assertThat(over.said()).containsExactly("Ce suivi est terminé : merci d'avoir répondu !");
            assertThat(over.buttons()).isEmpty();
        }

        @Test
        void thanksAPersonWhoAsksForAVisitAndTellsWhenTheyWillBeCalled() {
            CheckIn checkIn = sent.sent("fr");
            CheckInPageView.post(client, path(checkIn), "w:yes");
            CheckInPageView.post(client, path(checkIn), "h:a_little");
            CheckInPageView.post(client, path(checkIn), "n:personal_digital");
            var thanks = CheckInPageView.post(client, path(checkIn), "m:yes");
            readable(thanks);
            assertThat(thanks.said()).singleElement().asString()
                    .matches("Merci ! Un conseiller vous recontactera dans les \\d+ jours ouvrés .*");
            assertThat(leads.of(checkIn.conversationId())).singleElement()
                    .satisfies(lead -> assertThat(lead.source()).isEqualTo("suivi"));
        }

        @Test
        void afterNoThanksSaysSoAgainAndOffersNothing() {
            CheckIn checkIn = sent.sent("fr");
            var stopped = CheckInPageView.post(client, path(checkIn), "stop");
            assertThat(stopped.said()).containsExactly(
                    "C'est noté : je ne vous écrirai plus. Merci, et bonne continuation !");
            assertThat(checkIns.find(checkIn.id()).orElseThrow().status()).isEqualTo(CheckInStatus.STOPPED);

            var later = CheckInPageView.get(client, path(checkIn));
            readable(later);
            assertThat(later.said()).containsExactly(
                    "C'est noté : je ne vous écrirai plus. Merci, et bonne continuation !");
            assertThat(later.buttons()).isEmpty();
        }

        @Test
        void aFollowUpErasedSinceGetsTheKindPageNotFound() {
            CheckIn checkIn = sent.sent("fr");
            checkIns.eraseFor(checkIn.conversationId());
            var gone = CheckInPageView.get(client, path(checkIn));
            readable(gone);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.said()).singleElement().asString().startsWith("Je ne retrouve pas ce suivi");
            assertThat(gone.title()).isEqualTo("Votre suivi Aiguilleur");
            var answered = CheckInPageView.post(client, path(checkIn), "w:yes");
            assertThat(answered.status()).isEqualTo(404);
            assertThat(answered.said()).isEqualTo(gone.said());
        }
    }
}
