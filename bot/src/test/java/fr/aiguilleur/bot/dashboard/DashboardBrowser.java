package fr.aiguilleur.bot.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.aiguilleur.bot.support.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium on the dashboard of the service under test, at desktop size (or a phone's):
 * signs in, opens pages, reads them, fetches files with the session, keeps screenshots in
 * {@code target/dashboard-walk/}. Needs Debian's {@code chromium} and {@code chromium-driver}.
 */
final class DashboardBrowser implements AutoCloseable {

    private static final Path SHOTS = Path.of("target", "dashboard-walk");

    private final int port;
    private final Path profile;
    private final ChromeDriver driver;

    DashboardBrowser(int port) {
        this.port = port;
        try {
            profile = Files.createTempDirectory("dashboard-chromium");
            Files.createDirectories(SHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = HeadlessChromium.desktop(profile);
        desktop();
    }

    static void assumeInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    ChromeDriver driver() {
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    void signIn(String username, String password) {
        driver.get(url("/dashboard/leads"));
        assertThat(driver.getCurrentUrl()).endsWith("/dashboard/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login button")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard/leads"));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a page and keeps its screenshot under this name. */
    void open(String path, String shot) {
        driver.get(url(path));
        shoot(shot);
    }

    /** Scrolls the page to an element and keeps a screenshot of what the window then shows. */
    void scrollTo(String css, String shot) {
        driver.executeScript("arguments[0].scrollIntoView(true);", driver.findElement(By.cssSelector(css)));
        shoot(shot);
    }

    private void shoot(String shot) {
        try {
            Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, SHOTS.resolve(shot.replaceAll("[^A-Za-z0-9-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String heading() {
        return text("h1");
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The paths the page links to. */
    List<String> links() {
        return driver.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href")).toList();
    }

    /** Whether the page is no wider than the window (nothing to scroll sideways). */
    boolean fitsTheWidth() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** Fetches a file with the session's cookie: {@code status|body}. */
    String fetch(String path) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + '|' + t)));", path);
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
