package fr.aiguilleur.bot.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * The follow-up's page in headless Chromium at a phone's size (390 × 844, touch): opens a link,
 * taps a button by the words on it, reads the page, and saves screenshots to {@code target/screenshots/}.
 */
final class CheckInPhone implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    CheckInPhone(int port) throws IOException {
        base = "http://localhost:" + port;
        profile = Files.createTempDirectory("checkin-chromium");
        driver = HeadlessChromium.phone(profile);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static void assumeInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    CheckInPhone open(String path) {
        driver.get(base + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.said")));
        return this;
    }

    /** Taps the button that reads these words, and waits for the page that answers. */
    CheckInPhone tap(String label) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//form//button[normalize-space(.)='" + label + "']")));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.said")));
        return this;
    }

    String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    List<String> said() {
        return driver.findElements(By.cssSelector("main p.said")).stream().map(WebElement::getText)
                .map(CheckInPageView::spaced).toList();
    }

    List<String> buttons() {
        return driver.findElements(By.cssSelector("form button")).stream().map(WebElement::getText).toList();
    }

    /**
     * Checks the page reads on the phone without zooming or sideways scrolling: nothing wider than
     * the screen, every button a comfortable touch target, the whole of each label shown.
     */
    CheckInPhone fitsTheScreen() {
        long width = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("no sideways scrolling").isLessThanOrEqualTo(390);
        for (WebElement button : driver.findElements(By.cssSelector("form button"))) {
            assertThat(button.getSize().getHeight()).as("touch target of %s", button.getText()).isGreaterThanOrEqualTo(44);
            assertThat(button.getSize().getWidth()).as("width of %s", button.getText()).isGreaterThanOrEqualTo(300);
            Object clipped = driver.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;", button);
            assertThat(clipped).as("label of %s cut", button.getText()).isEqualTo(false);
        }
        return this;
    }

    CheckInPhone screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
