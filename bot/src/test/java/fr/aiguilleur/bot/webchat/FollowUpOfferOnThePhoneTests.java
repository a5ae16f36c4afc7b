package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.support.TestSmtp;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The follow-up offer on the web chat, in headless Chromium at a phone's size, with the service
 * sending e-mail (GreenMail): a person who books a visit with an e-mail address is asked whether
 * they may be asked again in a few weeks, and keeps the buttons of their visit after answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aiguilleur.redis.url=",
        "aiguilleur.telegram.token=",
        "aiguilleur.rules.dir=",
        "aiguilleur.config-dir=target/no-operator-config"})
@DirtiesContext
class FollowUpOfferOnThePhoneTests {

    static final TestSmtp SMTP_AT = TestSmtp.onFreePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            SMTP_AT.setup());

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP_AT.register(registry);
    }

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

    @Test
    void offersTheFollowUpAfterAVisitBookedWithAnEmailAddressAndKeepsTheVisitButtons() {
        phone.open("/").tap("yes").answers(Personas.named("boulangere-seule-demarches-difficiles").answers());
        phone.tap("accept").tap("early").tap("done").tap("phone");
        phone.driver.findElements(By.cssSelector("#choices button")).get(0).click();
        phone.settled();
        phone.type("Léa").tap("email").type("lea@exemple.fr").tap("yes");
        List<String> said = phone.bubbles("bot");
        assertThat(said.get(said.size() - 1))
                .contains("Puis-je revenir vers vous dans quelques semaines pour savoir si cela vous a aidé ?");
        assertThat(phone.buttonLabels()).containsExactly("Oui, volontiers", "Non merci");
        phone.screenshot("12-follow-up-offer");

        phone.tap("yes");
        said = phone.bubbles("bot");
        assertThat(said.get(said.size() - 1)).contains("C'est noté : je reviendrai vers vous dans quelques semaines");
        assertThat(phone.buttonLabels()).as("the visit can still be cancelled or moved")
                .containsExactly("Annuler", "Changer de créneau");
        phone.screenshot("13-follow-up-agreed");
    }
}
