package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import fr.aiguilleur.bot.BotTest;
import fr.aiguilleur.bot.Personas;
import java.io.IOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The person's journey in the web chat, in headless Chromium at a phone's size (390 × 844), against
 * the running service with the real rules and the packaged coordinator: progress, back, reload,
 * the result card, local time in Guadeloupe, changing the contact at the recap, the invite, the
 * person's data, English. Saves its screenshots (see {@link PhoneBrowser}); skipped without
 * Debian's {@code chromium} and {@code chromium-driver}.
 */
@BotTest
class WebChatBrowserTests {

    @LocalServerPort
    int port;

    private PhoneBrowser phone;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(PhoneBrowser.available(), "browser tests skipped: /usr/bin/chromium or "
                + "/usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        phone = new PhoneBrowser(port);
    }

    @AfterEach
    void stopBrowser() {
        phone.close();
    }

    /** The baker of Gironde's answers, moved to Guadeloupe. */
    private static Map<String, Object> bakerInGuadeloupe() {
        var answers = new LinkedHashMap<>(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("postcode", "97122");
        return answers;
    }

    @Test
    void walksFromTheWelcomeToABookedVisitInGuadeloupeTime() {
        phone.open("/").screenshot("01-welcome");
        phone.tap("yes");
        assertThat(phone.progress()).isEqualTo("Question 1 sur 18");
        phone.tap("owner").tap("retail");
        String third = phone.progress();
        phone.tap("solo");
        assertThat(third).isEqualTo("Question 3 sur 18");
        assertThat(phone.progress()).as("solo: the team question no longer counts").isEqualTo("Question 4 sur 17");
        assertThat(phone.driver.findElement(By.id("progress-bar")).getAttribute("aria-labelledby"))
                .isEqualTo("progress-label");
        phone.screenshot("02-progress");

        phone.back().back().back();
        assertThat(phone.progress()).isEqualTo("Question 1 sur 17");
        assertThat(phone.buttonLabels()).contains("✓ Chef d'entreprise ou à mon compte");
        assertThat(phone.driver.findElement(By.id("back-row")).isDisplayed()).as("no back on the first question")
                .isFalse();
        phone.screenshot("03-back");
        phone.tap("owner").tap("retail").tap("solo");
        assertThat(phone.progress()).isEqualTo("Question 4 sur 17");

        phone.answers(Map.of("postcode", "97122", "device_use", "phone", "autonomy", "with_help"));
        phone.reload();
        assertThat(phone.bubbles("person")).containsSubsequence("C'est parti", "Chef d'entreprise ou à mon compte",
                "Commerce", "Je suis seul(e)", "97122", "Surtout mon téléphone", "J'y arrive avec un peu d'aide");
        assertThat(phone.progress()).isEqualTo("Question 7 sur 17");
        phone.screenshot("04-reloaded");

        phone.answers(bakerInGuadeloupe());
        var card = phone.driver.findElement(By.cssSelector("figure.card img"));
        phone.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", card);
        Object width = new org.openqa.selenium.support.ui.WebDriverWait(phone.driver, java.time.Duration.ofSeconds(30))
                .until(d -> phone.driver.executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0 ? arguments[0].naturalWidth : null;",
                        card));
        assertThat(width).as("the card's picture loaded").isEqualTo(600L);
        String facts = phone.driver.findElement(By.cssSelector("figure.card figcaption")).getText();
        assertThat(facts).contains("Les démarches en ligne : ", "Être visible sur internet : ",
                "Les outils pour vous organiser : ", "Vos projets numériques : ", "Votre aisance avec le numérique : ");
        assertThat(facts.split("/100")).hasSize(5);
        phone.screenshot("05-result-card");
        assertThat(phone.printedPages()).as("the result prints on one A4 page").isEqualTo(1);

        phone.reload();
        assertThat(phone.driver.findElements(By.cssSelector("figure.card img"))).hasSize(1);
        assertThat(phone.bubbles("person")).contains("Nulle part", "Le temps, Je ne sais pas par où commencer");

        phone.tap("accept").tap("early").tap("done").tap("phone");
        List<String> slots = phone.buttonLabels().stream().filter(label -> label.contains(" à ")).toList();
        assertThat(slots).isNotEmpty().allSatisfy(label -> assertThat(label)
                .matches(".* à [6-8] h \\d\\d, heure de la Guadeloupe"));
        phone.screenshot("06-local-time");
        phone.driver.findElements(By.cssSelector("#choices button")).get(0).click();
        phone.settled();

        phone.type("Léa").tap("email").type("lea@exemple.fr");
        assertThat(phone.bubbles("bot").get(phone.bubbles("bot").size() - 1)).contains("lea@exemple.fr",
                "heure de la Guadeloupe");
        phone.screenshot("07-recap");
        phone.tap("contact").tap("phone").type("06 12 34 56 78");
        String recap = phone.bubbles("bot").get(phone.bubbles("bot").size() - 1);
        assertThat(recap).startsWith("Je récapitule").contains("+33612345678", "Prénom : Léa")
                .doesNotContain("lea@exemple.fr");
        phone.screenshot("08-recap-changed");

        phone.tap("yes");
        var invite = phone.driver.findElement(By.cssSelector("a.download.invite"));
        phone.screenshot("09-booked");
        ICalendar calendar = Biweekly.parse(phone.fetch(invite.getAttribute("href"))).first();
        var start = calendar.getEvents().get(0).getDateStart();
        assertThat(calendar.getTimezoneInfo().getTimezone(start).getTimeZone().toZoneId())
                .isEqualTo(ZoneId.of("America/Guadeloupe"));
        assertThat(start.getValue().getRawComponents().getHour()).isBetween(6, 8);

        phone.menu("mesdonnees");
        String data = phone.fetch(phone.driver.findElement(By.cssSelector("a.download.data")).getAttribute("href"));
        assertThat(data).contains("\"firstName\" : \"Léa\"", "\"phone\" : \"+33612345678\"", "97122");
        phone.screenshot("10-my-data");

        phone.reload();
        assertThat(phone.driver.findElements(By.cssSelector("a.download.invite"))).hasSize(1);
    }

    @Test
    void showsThePageInEnglishWhenEnglishIsChosen() {
        phone.open("/").tap("yes").menu("langue");
        phone.driver.findElement(By.id("menu-button")).click();
        assertThat(phone.driver.findElement(By.id("menu-button")).getText()).isEqualTo("Menu");
        assertThat(phone.driver.findElement(By.cssSelector("[data-command='retour']")).getText())
                .isEqualTo("Back to the previous question");
        assertThat(phone.driver.findElement(By.cssSelector("[data-command='mesdonnees']")).getText())
                .isEqualTo("My data");
        assertThat(phone.progress()).isEqualTo("Question 1 of 18");
        assertThat(phone.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        phone.screenshot("11-english-menu");
        phone.driver.findElement(By.id("menu-button")).click();
        phone.tap("owner").tap("retail").tap("solo");
        assertThat(phone.driver.findElement(By.cssSelector("#typed button[type=submit]")).getText()).isEqualTo("Send");
        assertThat(phone.driver.findElement(By.id("typed-label")).getText())
                .isEqualTo("Postcode of the business (5 digits)");
        assertThat(phone.driver.findElement(By.id("back-button")).getText()).isEqualTo("← Back");
    }
}
