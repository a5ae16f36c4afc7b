package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.diagnosis.Axis;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of a person of the web chat, by e-mail, end to end: the mail weeks after the visit,
 * once; the page of its link, one question at a time, one tap each; "Non merci" then silence; a
 * kind page for a link that leads nowhere; English for a person who chose English.
 */
class FollowUpByEmailTests extends FollowUpByEmail {

    @Test
    void mailsTheQuestionsOnceWeeksAfterTheVisitAndKeepsTheAnswersGivenOnItsPage() throws Exception {
        String address = newAddress();
        CheckIn agreed = agreesAfterBooking(address, null);

        var mail = mailedAfterTheVisit(agreed, address);
        assertThat(mail.getSubject()).isEqualTo("Votre rendez-vous vous a-t-il aidé ? Quatre questions, une minute");
        assertThat(contentType(mail)).startsWith("text/plain");
        String body = text(mail);
        assertThat(body).startsWith("Bonjour Martine,\n\nIl y a quelques semaines, vous aviez rendez-vous avec un "
                + "conseiller").contains("Quatre questions au plus", "je ne vous relancerai pas.",
                "\n\nL'équipe Aiguilleur\nVous recevez ce message parce que vous avez accepté");
        String link = link(mail);
        assertThat(link).isEqualTo(PUBLIC_URL + "/suivi/" + agreed.id());

        var went = CheckInPageView.get(client, path(link));
        var again = CheckInPageView.get(client, path(link));
        assertThat(checkIns.find(agreed.id()).orElseThrow()).as("a mail scanner opening the link answers nothing")
                .satisfies(opened -> assertThat(opened.went()).isNull())
                .satisfies(opened -> assertThat(opened.version()).isEqualTo(1));
        assertThat(again).isEqualTo(went);
        assertThat(went.status()).isEqualTo(200);
        assertThat(went.language()).isEqualTo("fr");
        assertThat(went.title()).isEqualTo("Votre suivi Aiguilleur");
        assertThat(went.last()).startsWith("Bonjour ! Il y a quelques semaines")
                .endsWith("Avez-vous pu le rencontrer ?");
        assertThat(went.buttons()).containsExactly(java.util.Map.entry("w:yes", "Oui"),
                java.util.Map.entry("w:not_yet", "Pas encore"), java.util.Map.entry("w:no", "Non"),
                java.util.Map.entry("stop", "Non merci, ne plus me demander"));

        var helped = CheckInPageView.post(client, path(link), "w:yes");
        assertThat(helped.last()).isEqualTo("Cela vous a-t-il aidé ?");
        assertThat(helped.buttons().values()).containsExactly("Oui, beaucoup", "Un peu", "Pas vraiment",
                "Non merci, ne plus me demander");
        var need = CheckInPageView.post(client, path(link), "h:yes");
        assertThat(checkIns.find(agreed.id()).orElseThrow().needQuestion()).as("her paper weighed most")
                .isEqualTo("tools");
        assertThat(need.last()).startsWith("Et aujourd'hui, où en êtes-vous ?");
        assertThat(need.buttons().values()).containsExactly("Des outils numériques partagés (équipe, comptable)",
                "Des outils numériques, chacun les siens", "Surtout du papier", "Non merci, ne plus me demander");
        var more = CheckInPageView.post(client, path(link), "n:shared_digital");
        assertThat(more.last()).startsWith("Voulez-vous qu'un conseiller passe vous voir");
        assertThat(more.buttons().values()).containsExactly("Oui, volontiers", "Non, ça va",
                "Non merci, ne plus me demander");
        var thanks = CheckInPageView.post(client, path(link), "m:no");
        assertThat(thanks.last()).startsWith("Merci pour vos réponses !");
        assertThat(thanks.buttons()).isEmpty();

        CheckIn answered = checkIns.find(agreed.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(CheckInStatus.ANSWERED);
        assertThat(answered.went()).isEqualTo(CheckIn.YES);
        assertThat(answered.helped()).isEqualTo(CheckIn.YES);
        assertThat(answered.wantsVisit()).isFalse();
        assertThat(answered.laterScores()).isNotEmpty();
        assertThat(answered.change()).as("the change per axis: her tools need went down, nothing else moved")
                .containsOnlyKeys(answered.laterScores().keySet())
                .containsEntry(Axis.ADMINISTRATIVE, 0).containsEntry(Axis.PRESENCE, 0).containsEntry(Axis.STRATEGY, 0);
        assertThat(answered.change().get(Axis.INTERNAL_TOOLS)).isNegative();
        assertThat(answered.answers()).as("answers dropped once it is over").isEmpty();

        assertThat(CheckInPageView.get(client, path(link)).said())
                .containsExactly("Ce suivi est terminé : merci d'avoir répondu !");
        CLOCK.advance(Duration.ofDays(60));
        assertThat(job.run()).isZero();
        assertThat(followUpsTo(address)).hasSize(1);
    }

    @Test
    void noThanksOnThePageStopsEveryLaterMessage() {
        String address = newAddress();
        CheckIn agreed = agreesAfterBooking(address, null);
        String link = link(mailedAfterTheVisit(agreed, address));

        var stopped = CheckInPageView.post(client, path(link), "stop");
        assertThat(stopped.said()).containsExactly(
                "C'est noté : je ne vous écrirai plus. Merci, et bonne continuation !");
        assertThat(stopped.buttons()).isEmpty();
        assertThat(checkIns.find(agreed.id()).orElseThrow().status()).isEqualTo(CheckInStatus.STOPPED);

        var late = CheckInPageView.post(client, path(link), "w:yes");
        assertThat(late.last()).as("still no, as the page says when opened again").startsWith("C'est noté : je ne vous écrirai plus.");
        assertThat(late.buttons()).isEmpty();
        CLOCK.advance(Duration.ofDays(60));
        assertThat(job.run()).isZero();
        assertThat(followUpsTo(address)).as("silence").hasSize(1);
        assertThat(checkIns.find(agreed.id()).orElseThrow().went()).isNull();
    }

    @Test
    void aLinkThatLeadsNowhereGetsAKindPageNotFound() {
        for (String path : List.of("/suivi/00000000-0000-0000-0000-000000000000", "/suivi/abc")) {
            var gone = CheckInPageView.get(client, path);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(gone.language()).isEqualTo("fr");
            assertThat(gone.said()).containsExactly("Je ne retrouve pas ce suivi : le lien est peut-être "
                    + "incomplet, ou le suivi a été effacé. Merci quand même !");
            assertThat(gone.buttons()).isEmpty();
            assertThat(CheckInPageView.post(client, path, "w:yes").status()).isEqualTo(404);
        }
        var english = CheckInPageView.get(client, "/suivi/abc", "en-GB,en;q=0.9,fr;q=0.5");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.said()).singleElement().asString().startsWith("I cannot find this follow-up");
    }

    @Test
    void aPersonWhoChoseEnglishGetsTheMailAndThePageInEnglish() throws Exception {
        String address = newAddress();
        CheckIn agreed = agreesAfterBooking(address, "en");
        assertThat(agreed.language()).isEqualTo("en");

        var mail = mailedAfterTheVisit(agreed, address);
        assertThat(mail.getSubject()).isEqualTo("Did your appointment help? Four questions, one minute");
        assertThat(text(mail)).startsWith("Hello Martine,").contains("Four questions at most")
                .doesNotContain("Bonjour");
        String link = link(mail);

        var went = CheckInPageView.get(client, path(link), "fr-FR");
        assertThat(went.language()).isEqualTo("en");
        assertThat(went.title()).isEqualTo("Your Aiguilleur follow-up");
        assertThat(went.last()).endsWith("Did you manage to meet them?");
        assertThat(went.buttons().values()).containsExactly("Yes", "Not yet", "No", "No thanks, do not ask again");
        var need = CheckInPageView.post(client, path(link), "w:not_yet");
        assertThat(need.last()).startsWith("And today, where do you stand?");
        var more = CheckInPageView.post(client, path(link), need.options().get(0));
        assertThat(more.last()).startsWith("Would you like an adviser");
        var thanks = CheckInPageView.post(client, path(link), "m:no");
        assertThat(thanks.said()).singleElement().asString().startsWith("Thank you for your answers!");
        assertThat(thanks.html()).doesNotContain("Merci", "Bonjour");
    }
}
