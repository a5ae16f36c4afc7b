package fr.aiguilleur.bot.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A person on the web chat in headless Chromium at a phone's size (390 × 844): taps, types, goes
 * back, reloads, and saves screenshots to {@code target/journey/} (and to the folder named by the
 * system property {@code journey.dir} when set, e.g. {@code docs/journey}).
 */
final class PhoneBrowser implements AutoCloseable {

    private static final Map<String, String> TYPED = Map.of("POSTCODE", "postcode", "FIRST_NAME", "contact_name",
            "PHONE", "contact_phone", "EMAIL", "contact_email");

    private final Path profile;
    final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    PhoneBrowser(int port) throws IOException {
        base = "http://localhost:" + port;
        profile = Files.createTempDirectory("chat-chromium");
        driver = HeadlessChromium.phone(profile);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean available() {
        return HeadlessChromium.available();
    }

    PhoneBrowser open(String path) {
        driver.get(base + path);
        return settled();
    }

    PhoneBrowser reload() {
        driver.navigate().refresh();
        return settled();
    }

    /** Waits for the answer to come and the page to be ready for the next tap. */
    PhoneBrowser settled() {
        wait.until(d -> "false".equals(d.findElement(By.id("messages")).getAttribute("aria-busy"))
                && !d.findElements(By.cssSelector("#messages li")).isEmpty());
        return this;
    }

    /** The id of the question being asked: its buttons', or the typed field's. */
    String question() {
        var typed = driver.findElement(By.id("typed"));
        if (typed.isDisplayed()) {
            return TYPED.get(typed.getAttribute("data-hint"));
        }
        List<WebElement> buttons = driver.findElements(By.cssSelector("#choices button"));
        return buttons.isEmpty() ? null : buttons.get(0).getAttribute("data-question");
    }

    PhoneBrowser tap(String optionId) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#choices button[data-option='" + optionId + "']")));
        button.click();
        return settled();
    }

    PhoneBrowser type(String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("typed-input")));
        input.clear();
        input.sendKeys(text);
        driver.findElement(By.cssSelector("#typed button[type=submit]")).click();
        return settled();
    }

    PhoneBrowser back() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("back-button"))).click();
        return settled();
    }

    PhoneBrowser menu(String command) {
        driver.findElement(By.id("menu-button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-command='" + command + "']"))).click();
        return settled();
    }

    /** Answers while the question asked has an answer here (a list: ticks, then "done"). */
    PhoneBrowser answers(Map<String, Object> answers) {
        for (int step = 0; step < 60 && answers.containsKey(question()); step++) {
            Object value = answers.get(question());
            if (value instanceof List<?> options) {
                options.forEach(option -> tap(option.toString()));
                tap("done");
            } else if (driver.findElement(By.id("typed")).isDisplayed()) {
                type(value.toString());
            } else {
                tap(value.toString());
            }
        }
        return this;
    }

    /** "Question 5 sur 18", or empty when no progress is shown. */
    String progress() {
        var progress = driver.findElement(By.id("progress"));
        return progress.isDisplayed() ? driver.findElement(By.id("progress-label")).getText() : "";
    }

    List<String> bubbles(String who) {
        return driver.findElements(By.cssSelector("#messages li.bubble." + who + " .text")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> buttonLabels() {
        return driver.findElements(By.cssSelector("#choices button")).stream().map(WebElement::getText).toList();
    }

    /** Fetches a URL of the page's site as the page would, as text. */
    String fetch(String url) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", url);
    }

    /** How many A4 pages printing the page gives. */
    int printedPages() {
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        String pdf = new String(Base64.getDecoder().decode(driver.print(options).getContent()),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return pdf.split("/Type\\s*/Page[^s]", -1).length - 1;
    }

    /** Saves what the screen shows as {@code name}.png. */
    PhoneBrowser screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        save(Path.of("target", "journey"), name, png);
        String wanted = System.getProperty("journey.dir");
        if (wanted != null && !wanted.isBlank()) {
            save(Path.of(wanted), name, png);
        }
        return this;
    }

    /** Scrolls the conversation so this element is at the top of the screen. */
    PhoneBrowser scrollTo(By element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", driver.findElement(element));
        return this;
    }

    private static void save(Path folder, String name, byte[] png) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
        assertThat(profile).doesNotExist();
    }
}
