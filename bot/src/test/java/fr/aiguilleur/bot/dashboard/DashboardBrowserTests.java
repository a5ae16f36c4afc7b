package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.aiguilleur.bot.Personas;
import fr.aiguilleur.bot.support.ChatVisitor;
import fr.aiguilleur.conversations.leads.Lead;
import fr.aiguilleur.conversations.leads.Leads;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The dashboard in a real browser (headless Chromium): sign in, find a lead booked through the web
 * chat, change its status, export the list; a name made of HTML shows as text. Skipped when
 * Debian's {@code chromium} and {@code chromium-driver} are not installed.
 */
@DashboardTest
class DashboardBrowserTests {

    private static final String SCRIPT_NAME = "<script>alert(1)</script>";

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    Leads leads;

    private DashboardBrowser chromium;
    private ChromeDriver browser;

    @BeforeAll
    static void needsChromium() {
        DashboardBrowser.assumeInstalled();
    }

    @BeforeEach
    void startBrowser() {
        chromium = new DashboardBrowser(port);
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        chromium.close();
    }

    private String url(String path) {
        return chromium.url(path);
    }

    private void signIn(String username, String password) {
        chromium.signIn(username, password);
    }

    @Test
    void followsALeadBookedInTheWebChatFromTheListToTheExport() {
        new ChatVisitor(client).answers(bookingAnswers("Séraphine"));
        signIn("alice", "alice-secret");

        browser.findElement(By.name("q")).sendKeys("Séraphine");
        browser.findElement(By.cssSelector("form.filters button")).click();
        // The unfiltered list shows her too: wait for the filtered page, or the link found may be
        // the old page's, gone by the time it is clicked.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Séraphine"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lead-name")));
        assertThat(browser.findElement(By.id("lead-name")).getText()).isEqualTo("Séraphine");
        assertThat(browser.findElement(By.id("lead-status")).getText()).isEqualTo("Nouvelle");

        browser.findElement(By.cssSelector("button[value='CONTACTED']")).click();
        wait.until(ExpectedConditions.textToBe(By.id("lead-status"), "Contactée"));
        assertThat(browser.getPageSource()).contains("par alice");

        String csv = (String) browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/dashboard/leads.csv?q=S%C3%A9raphine').then(r => r.arrayBuffer()).then(b => done("
                        + "Array.from(new Uint8Array(b).slice(0, 3)).join(',') + '|' + new TextDecoder().decode(b)));");
        assertThat(csv).as("UTF-8 byte order mark, then the header").startsWith("239,187,191|Date;Prénom;")
                .contains(";Séraphine;Contactée;");
    }

    @Test
    void showsANameMadeOfHtmlAsText() {
        Lead lead = SampleLeads.from(SCRIPT_NAME, "33210");
        leads.save(lead);
        signIn("alice", "alice-secret");

        browser.get(url("/dashboard/leads/" + lead.id()));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElement(By.id("lead-name")).getText()).isEqualTo(SCRIPT_NAME);

        browser.get(url("/dashboard/leads?q=" + lead.postcode()));
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector(".first-name"))).extracting(element -> element.getText())
                .contains(SCRIPT_NAME);
    }

    /** A persona of the rules' scenarios who accepts the visit, is called back and leaves a phone number. */
    static Map<String, Object> bookingAnswers(String firstName) {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("consent", "yes");
        answers.putAll(Personas.named("boulangere-seule-demarches-difficiles").answers());
        answers.put("visit_offer", "accept");
        answers.put("availability", List.of("early"));
        answers.put("visit_format", "onsite");
        answers.put("slot", "none");
        answers.put("contact_name", firstName);
        answers.put("contact_channel", "phone");
        answers.put("contact_phone", "06 12 34 56 78");
        answers.put("confirm", "yes");
        return answers;
    }
}
