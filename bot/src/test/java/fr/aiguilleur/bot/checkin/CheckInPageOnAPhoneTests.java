package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.rules.RulesInUse;
import fr.aiguilleur.conversations.checkin.CheckIn;
import fr.aiguilleur.conversations.checkin.CheckInStatus;
import fr.aiguilleur.conversations.checkin.CheckIns;
import fr.aiguilleur.conversations.diagnosis.Diagnostician;
import fr.aiguilleur.conversations.questionnaire.Questionnaires;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The follow-up's page opened from its mail on a phone (headless Chromium, 390 × 844), every
 * question answered with a tap: what the person reads at each step, and the screenshots of the
 * first question and of the thanks in {@code target/screenshots/}.
 */
@BotTest
class CheckInPageOnAPhoneTests {

    @LocalServerPort
    int port;

    @Autowired
    CheckIns checkIns;

    @Autowired
    Diagnostician diagnostician;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    RulesInUse rules;

    CheckInPhone phone;

    @BeforeEach
    void phoneReady() throws Exception {
        CheckInPhone.assumeInstalled();
        await().atMost(Duration.ofSeconds(60)).until(() -> rules.ready().isPresent());
        phone = new CheckInPhone(port);
    }

    @AfterEach
    void phoneClosed() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void aPersonTapsThroughEveryQuestionAndReadsTheThanks() {
        CheckIn checkIn = new SentCheckIns(checkIns, diagnostician, questionnaires).sent("fr");

        phone.open(CheckInPage.PATH + checkIn.id());
        assertThat(phone.title()).isEqualTo("Votre suivi Aiguilleur");
        assertThat(phone.said()).singleElement().asString().startsWith("Bonjour ! Il y a quelques semaines")
                .endsWith("Avez-vous pu le rencontrer ?");
        assertThat(phone.buttons()).containsExactly("Oui", "Pas encore", "Non", "Non merci, ne plus me demander");
        phone.fitsTheScreen().screenshot("checkin-first-question");

        phone.tap("Oui");
        assertThat(phone.said()).containsExactly("Cela vous a-t-il aidé ?");
        phone.tap("Un peu");
        assertThat(phone.said()).singleElement().asString().startsWith("Et aujourd'hui, où en êtes-vous ?");
        assertThat(phone.buttons()).contains("Des outils numériques partagés (équipe, comptable)");
        phone.fitsTheScreen().screenshot("checkin-need");
        phone.tap("Des outils numériques partagés (équipe, comptable)");
        assertThat(phone.said()).singleElement().asString()
                .isEqualTo("Voulez-vous qu'un conseiller passe vous voir, gratuitement, pour aller plus loin ?");
        phone.tap("Non, ça va");
        assertThat(phone.said()).containsExactly(
                "Merci pour vos réponses ! Elles nous aident à mieux orienter les entrepreneurs. Bonne continuation !");
        assertThat(phone.buttons()).isEmpty();
        phone.screenshot("checkin-thanks");

        CheckIn answered = checkIns.find(checkIn.id()).orElseThrow();
        assertThat(answered.status()).isEqualTo(CheckInStatus.ANSWERED);
        assertThat(answered.helped()).isEqualTo(CheckIn.A_LITTLE);
    }

    @Test
    void aPersonWhoChoseEnglishTapsNoThanks() {
        CheckIn checkIn = new SentCheckIns(checkIns, diagnostician, questionnaires).sent("en");

        phone.open(CheckInPage.PATH + checkIn.id());
        assertThat(phone.title()).isEqualTo("Your Aiguilleur follow-up");
        phone.fitsTheScreen().screenshot("checkin-first-question-en");
        phone.tap("No thanks, do not ask again");
        assertThat(phone.said()).containsExactly("Noted: I will not write to you again. Thank you, and all the best!");
        phone.screenshot("checkin-stopped-en");
        assertThat(checkIns.find(checkIn.id()).orElseThrow().status()).isEqualTo(CheckInStatus.STOPPED);
    }
}
